package dev.glas.core.behavior;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Which columns of an event log mean what. Optional roles are {@code null}.
 *
 * @param user        user id column (required)
 * @param time        timestamp column (required)
 * @param event       event / screen name column (required)
 * @param session     session id column, or null to sessionize by inactivity gap
 * @param deviceMaker device maker column or null
 * @param deviceModel device model column or null
 * @param os          operating system column or null
 * @param timeFormat  layout of the timestamps
 * @param zone        the analysis time zone: timestamps without an offset are taken as wall time in this zone,
 *                    timestamps with an offset are converted to it; hours, weekdays and days are counted in it
 */
public record ColumnMapping(String user, String time, String event, String session, String deviceMaker,
                            String deviceModel, String os, TimeFormat timeFormat, ZoneId zone) {

    public ColumnMapping {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(timeFormat, "timeFormat");
        Objects.requireNonNull(zone, "zone");
    }

    public static ColumnMapping of(String user, String time, String event) {
        return new ColumnMapping(user, time, event, null, null, null, null, TimeFormat.ISO, ZoneId.of("UTC"));
    }

    public ColumnMapping withSession(String c) {
        return new ColumnMapping(user, time, event, c, deviceMaker, deviceModel, os, timeFormat, zone);
    }

    public ColumnMapping withDevice(String maker, String model, String osColumn) {
        return new ColumnMapping(user, time, event, session, maker, model, osColumn, timeFormat, zone);
    }

    public ColumnMapping withTimeFormat(TimeFormat f) {
        return new ColumnMapping(user, time, event, session, deviceMaker, deviceModel, os, f, zone);
    }

    public ColumnMapping withZone(ZoneId z) {
        return new ColumnMapping(user, time, event, session, deviceMaker, deviceModel, os, timeFormat, z);
    }
}
