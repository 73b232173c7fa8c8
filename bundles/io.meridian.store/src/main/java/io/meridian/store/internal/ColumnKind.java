package io.meridian.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * How a column's values travel in a backup: as JSON strings, numbers or booleans that both H2
 * and PostgreSQL read back into the same type, so a backup of one restores into the other.
 */
enum ColumnKind {
    TEXT, INTEGER, DECIMAL, REAL, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, UUID_KIND, BINARY;

    static ColumnKind of(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) return UUID_KIND;
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("with time zone")) return TIMESTAMP_TZ;
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> REAL;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> TEXT;
        };
    }

    /** The value of column {@code i} as a String, Long, Double or Boolean, or null. */
    Object read(ResultSet rs, int i) throws SQLException {
        Object value = switch (this) {
            case TEXT -> rs.getString(i);
            case INTEGER -> rs.getLong(i);
            case DECIMAL -> rs.getBigDecimal(i) == null ? null : rs.getBigDecimal(i).toPlainString();
            case REAL -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> string(rs.getObject(i, LocalDate.class));
            case TIME -> string(rs.getObject(i, LocalTime.class));
            case TIMESTAMP -> string(rs.getObject(i, LocalDateTime.class));
            case TIMESTAMP_TZ -> string(rs.getObject(i, OffsetDateTime.class));
            case UUID_KIND -> string(rs.getObject(i, UUID.class));
            case BINARY -> rs.getBytes(i) == null ? null : Base64.getEncoder().encodeToString(rs.getBytes(i));
        };
        return rs.wasNull() ? null : value;
    }

    /** Binds a value that {@link #read} produced, possibly on the other engine. */
    void bind(PreparedStatement ps, int i, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(i, sqlType);
            return;
        }
        String s = value.toString();
        switch (this) {
            case TEXT -> ps.setString(i, s);
            case INTEGER -> ps.setLong(i, ((Number) value).longValue());
            case DECIMAL -> ps.setBigDecimal(i, new BigDecimal(s));
            case REAL -> ps.setDouble(i, ((Number) value).doubleValue());
            case BOOLEAN -> ps.setBoolean(i, (Boolean) value);
            case DATE -> ps.setObject(i, LocalDate.parse(s));
            case TIME -> ps.setObject(i, LocalTime.parse(s));
            case TIMESTAMP -> ps.setObject(i, LocalDateTime.parse(s));
            case TIMESTAMP_TZ -> ps.setObject(i, OffsetDateTime.parse(s));
            case UUID_KIND -> ps.setObject(i, UUID.fromString(s));
            case BINARY -> ps.setBytes(i, Base64.getDecoder().decode(s));
        }
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
