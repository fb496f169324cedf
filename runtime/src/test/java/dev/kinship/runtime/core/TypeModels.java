package dev.kinship.runtime.core;

import dev.kinship.dsl.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One column of every simple type an entity may declare, boxed and primitive. */
final class TypeModels {

    private TypeModels() {
    }

    static Schema schema() {
        return Schema.builder().model(Sample.class).build();
    }

    enum Mood { CALM, CURIOUS, CROSS }

    static class Sample {
        Long id;
        String text;
        Long longValue;
        Integer intValue;
        Short shortValue;
        Byte byteValue;
        Double doubleValue;
        Float floatValue;
        Boolean booleanValue;
        Character charValue;
        BigDecimal decimal;
        UUID uuid;
        byte[] bytes;
        LocalDate date;
        LocalDateTime dateTime;
        Instant instant;
        Mood mood;
        long primitiveLong;
        int primitiveInt;
        short primitiveShort;
        byte primitiveByte;
        double primitiveDouble;
        float primitiveFloat;
        boolean primitiveBoolean;
        char primitiveChar;

        Sample() {
        }
    }
}
