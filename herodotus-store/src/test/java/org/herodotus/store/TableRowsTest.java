package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows the store writes name their columns once: each row record's table lists its components
 * in order (snake case, a group of columns such as a claim's taken in its own order), and its values
 * are those components in the same order. A column added to a record but not to its table, or
 * values given in another order, fails here rather than storing a value in the wrong column.
 */
class TableRowsTest {

    static List<Class<?>> rows() {
        return List.of(ArticleRecord.class, BandRecord.class, WordRecord.class, ActorRecord.class, PlaceRecord.class,
                EventRecord.class, ParticipantRecord.class, ActorNameRecord.class, ClaimRecord.class, ChangeRecord.class,
                IncidentRecord.class, NewIncidentRecord.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRowsTableListsItsComponentsInOrder(Class<?> row) throws Exception {
        assertThat(table(row).columns()).containsExactlyElementsOf(columns(row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRowsValuesAreItsComponentsInColumnOrder(Class<?> row) throws Exception {
        Object sample = sample(row, new int[] {1});
        assertThat(((TableRow) sample).values()).containsExactlyElementsOf(components(sample));
    }

    @Test
    void everyKindOfRowIsChecked() throws Exception {
        Path classes = Path.of(TableRow.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/herodotus/store");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName("org.herodotus.store." + name, false,
                        TableRow.class.getClassLoader());
                if (c != TableRow.class && TableRow.class.isAssignableFrom(c)) {
                    found.add(c);
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(rows());
    }

    private static Table<?> table(Class<?> row) throws ReflectiveOperationException {
        return (Table<?>) row.getDeclaredField("TABLE").get(null);
    }

    /** The column names the components of {@code type} stand for, groups of columns flattened. */
    private static List<String> columns(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                out.addAll(columns(c.getType()));
            } else {
                out.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The component values of record {@code r}, groups of columns flattened. */
    private static List<Object> components(Object r) throws ReflectiveOperationException {
        List<Object> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            c.getAccessor().setAccessible(true);
            Object v = c.getAccessor().invoke(r);
            if (c.getType().isRecord()) {
                out.addAll(components(v));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** A record of {@code type} whose components all differ, numbered from {@code next[0]} on. */
    private static Object sample(Class<?> type, int[] next) throws ReflectiveOperationException {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            args[i] = types[i].isRecord() ? sample(types[i], next) : value(types[i], next[0]++);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(args);
    }

    private static Object value(Class<?> type, int n) {
        if (type == long.class || type == Long.class) {
            return (long) n;
        } else if (type == int.class || type == Integer.class) {
            return n;
        } else if (type == Short.class) {
            return (short) n;
        } else if (type == Double.class) {
            return n + 0.5;
        } else if (type == boolean.class || type == Boolean.class) {
            return n % 2 == 0;
        } else if (type == String.class) {
            return "value " + n;
        } else if (type == LocalDate.class) {
            return LocalDate.ofEpochDay(n);
        } else if (type == Timestamp.class) {
            return new Timestamp(n * 1000L);
        } else if (type == byte[].class) {
            return new byte[] {(byte) n};
        }
        throw new IllegalArgumentException("no sample value of " + type);
    }
}
