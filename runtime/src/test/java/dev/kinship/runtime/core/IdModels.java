package dev.kinship.runtime.core;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.util.UUID;

/** Ids of every kind: String and UUID assigned by the caller, Integer generated, and a key referring to a String id. */
final class IdModels {

    private IdModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Code.class).model(Token.class).model(Counter.class).model(Usage.class)
            .associate(Associations.of(Usage.class)
                .belongsTo(Code.class).foreignKey("codeId").as("code"))
            .build();
    }

    static class Code {
        String id;
        String label;

        Code() {
        }

        Code(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    static class Token {
        UUID id;
        String owner;

        Token() {
        }

        Token(UUID id, String owner) {
            this.id = id;
            this.owner = owner;
        }
    }

    static class Counter {
        Integer id;
        int value;

        Counter() {
        }

        Counter(int value) {
            this.value = value;
        }
    }

    static class Usage {
        Long id;
        String codeId;
        Code code;

        Usage() {
        }

        Usage(String codeId) {
            this.codeId = codeId;
        }
    }
}
