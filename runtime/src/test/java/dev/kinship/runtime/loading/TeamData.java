package dev.kinship.runtime.loading;

import dev.kinship.runtime.Database;

/**
 * Three teams: core (projects: alpha active, beta archived, gamma flagship; members: ann lead
 * and active, bob inactive, and cid whose link is soft-deleted), web (project delta active;
 * members cid lead, dan) and idle (nothing).
 */
final class TeamData {

    private TeamData() {
    }

    static void seed(Database db) {
        Rows.exec(db, "INSERT INTO \"teams\" (\"id\", \"name\") VALUES (1, 'core'), (2, 'web'), (3, 'idle')");
        Rows.exec(db, "INSERT INTO \"projects\" (\"id\", \"name\", \"status\", \"teamId\") VALUES (1, 'alpha', 'active', 1), "
            + "(2, 'beta', 'archived', 1), (3, 'gamma', 'flagship', 1), (4, 'delta', 'active', 2)");
        Rows.exec(db, "INSERT INTO \"members\" (\"id\", \"name\", \"active\") VALUES (1, 'ann', TRUE), (2, 'bob', FALSE), "
            + "(3, 'cid', TRUE), (4, 'dan', TRUE)");
        Rows.exec(db, "INSERT INTO \"team_members\" (\"id\", \"teamId\", \"memberId\", \"role\", \"deletedAt\") VALUES "
            + "(1, 1, 1, 'lead', NULL), (2, 1, 2, 'dev', NULL), (3, 1, 3, 'dev', '2024-01-01'), "
            + "(4, 2, 3, 'lead', NULL), (5, 2, 4, 'dev', NULL)");
    }
}
