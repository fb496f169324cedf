package dev.kinship.runtime.dialect;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.math.BigDecimal;

/** Models for the semantics every database shares: accounts with nullable, text and decimal columns, and their entries. */
final class Ledger {

    private Ledger() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Account.class).model(Entry.class)
            .associate(Associations.of(Entry.class).belongsTo(Account.class).as("account"))
            .associate(Associations.of(Account.class).hasMany(Entry.class).as("entries"))
            .build();
    }

    static class Account {
        Long id;
        String name;
        Integer rank;
        BigDecimal balance;
        long counter;

        Account() {
        }

        Account(String name, Integer rank, BigDecimal balance) {
            this.name = name;
            this.rank = rank;
            this.balance = balance;
        }

        Account(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    static class Entry {
        Long id;
        String memo;
        Long accountId;
        Account account;

        Entry() {
        }

        Entry(String memo, Long accountId) {
            this.memo = memo;
            this.accountId = accountId;
        }

        Account getAccount() {
            return account;
        }
    }
}
