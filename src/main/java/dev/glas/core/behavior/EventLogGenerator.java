package dev.glas.core.behavior;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic event logs of a utility company's mobile app (for scale tests, benchmarks
 * and samples). Model, per user:
 * <ul>
 *   <li>socdem: gender (52 % F), age 18–85 (skewed to 25–55), one of 12 Russian regions;</li>
 *   <li>one device (maker → model → OS mix typical of the Russian market; 8 % of users also use a second
 *       device for a fifth of their sessions); older users use iPhones less often;</li>
 *   <li>sign-up day spread over the first 70 % of the period; 30 % of users are churners who fade out
 *       (activity probability decays linearly to zero over 30 days before their churn day), 40 % of churners
 *       end with an explicit {@code delete_account} event;</li>
 *   <li>daily rhythm: session start hours from a two-peak (morning, evening) distribution shifted by age;
 *       weekly rhythm: weekends 30 % less active; billing rhythm: {@code view_bill}/{@code pay_bill} are
 *       frequent in days 1–10 of a month, {@code meter_reading} in days 15–25;</li>
 *   <li>sessions: 1–3 a day on active days; 2–14 events per session, first usually {@code login}, gaps between
 *       events exponential with a mean of 45 s; {@code pay_bill} mostly follows {@code view_bill}.</li>
 * </ul>
 * Output: an events CSV ({@code user_id,timestamp,event,device_maker,device_model,os}, local wall time
 * {@code yyyy-MM-dd HH:mm:ss}, ordered by time) and a socdem CSV ({@code user_id,gender,age,region}) in which
 * 2 % of the log's users are missing and 3 % extra users never appear in the log. The same options and seed
 * give byte-identical files.
 */
public final class EventLogGenerator {

    /**
     * @param events  target number of events (users are added until it is reached; the last user is cut)
     * @param days    length of the observation period in days
     * @param start   first day of the period
     * @param seed    random seed (recorded in the output summary)
     */
    public record Options(long events, int days, LocalDate start, long seed) {
        public Options {
            if (events < 1 || events > 200_000_000L) {
                throw new IllegalArgumentException("events must be in 1..200000000");
            }
            if (days < 14 || days > 3660) {
                throw new IllegalArgumentException("days must be in 14..3660");
            }
            java.util.Objects.requireNonNull(start, "start");
        }

        public static Options defaults(long events, long seed) {
            return new Options(events, 120, LocalDate.of(2025, 1, 6), seed);
        }
    }

    /** What was written. */
    public record Summary(long events, int users, int socdemRows, long seed, Path eventsFile, Path socdemFile) {
    }

    static final String[] EVENTS = {"login", "view_bill", "pay_bill", "meter_reading", "chat_support",
        "outage_map", "settings", "notifications", "view_history", "tariff_info", "news", "logout",
        "delete_account"};
    private static final int LOGIN = 0;
    private static final int VIEW_BILL = 1;
    private static final int PAY_BILL = 2;
    private static final int METER = 3;
    private static final int LOGOUT = 11;
    private static final int DELETE = 12;
    /** Base weights of events 1..10 inside a session. */
    private static final double[] BASE_WEIGHTS = {0, 14, 6, 8, 3, 4, 3, 5, 6, 3, 4};

    private static final String[][] DEVICES = {
        // maker, model, os, weight
        {"Samsung", "Galaxy A54", "Android 14", "9"}, {"Samsung", "Galaxy A34", "Android 14", "7"},
        {"Samsung", "Galaxy S23", "Android 14", "4"}, {"Samsung", "Galaxy A12", "Android 12", "5"},
        {"Xiaomi", "Redmi Note 12", "Android 13", "9"}, {"Xiaomi", "Redmi 10", "Android 12", "6"},
        {"Xiaomi", "POCO X5", "Android 13", "4"}, {"Xiaomi", "Redmi 9A", "Android 11", "4"},
        {"Apple", "iPhone 11", "iOS 17", "6"}, {"Apple", "iPhone 13", "iOS 17", "7"},
        {"Apple", "iPhone 14", "iOS 17", "5"}, {"Apple", "iPhone 15", "iOS 18", "3"},
        {"Huawei", "P40 lite", "Android 10", "3"}, {"Honor", "X8", "Android 12", "4"},
        {"Honor", "90", "Android 13", "2"}, {"realme", "C55", "Android 13", "3"},
        {"Tecno", "Spark 10", "Android 13", "3"}, {"Google", "Pixel 7", "Android 14", "1"},
    };
    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Московская область",
        "Новосибирская область", "Свердловская область", "Краснодарский край", "Республика Татарстан",
        "Нижегородская область", "Самарская область", "Ростовская область", "Челябинская область",
        "Пермский край"};
    private static final double[] REGION_WEIGHTS = {18, 10, 9, 6, 6, 6, 5, 5, 4, 4, 4, 3};

    private EventLogGenerator() {
    }

    /** Generates the two files. */
    public static Summary generate(Options o, Path eventsFile, Path socdemFile) throws IOException {
        SplittableRandom rnd = new SplittableRandom(o.seed());
        long base = o.start().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        int cap = (int) Math.min(o.events() + 64, Integer.MAX_VALUE - 16);
        long[] time = new long[cap];
        int[] user = new int[cap];
        byte[] event = new byte[cap];
        byte[] device = new byte[cap];
        int n = 0;
        int users = 0;
        int[] cumDevice = cumulative(DEVICES);
        // per-user socdem kept for the socdem file
        int[] ages = new int[1024];
        byte[] genders = new byte[1024];
        byte[] regions = new byte[1024];
        int[] dayOfMonth = new int[o.days()];
        int[] weekday = new int[o.days()];
        for (int d = 0; d < o.days(); d++) {
            LocalDate date = o.start().plusDays(d);
            dayOfMonth[d] = date.getDayOfMonth();
            weekday[d] = date.getDayOfWeek().getValue();
        }
        double[] w = new double[BASE_WEIGHTS.length];
        while (n < o.events()) {
            int u = users++;
            if (u >= ages.length) {
                ages = Arrays.copyOf(ages, ages.length * 2);
                genders = Arrays.copyOf(genders, genders.length * 2);
                regions = Arrays.copyOf(regions, regions.length * 2);
            }
            boolean female = rnd.nextDouble() < 0.52;
            int age = (int) Math.round(Math.clamp(40 + 13 * gaussian(rnd), 18, 85));
            ages[u] = age;
            genders[u] = (byte) (female ? 1 : 0);
            regions[u] = (byte) pick(rnd, REGION_WEIGHTS);
            int dev1 = pickDevice(rnd, cumDevice, age);
            int dev2 = rnd.nextDouble() < 0.08 ? pickDevice(rnd, cumDevice, age) : dev1;
            int signup = (int) (rnd.nextDouble() * o.days() * 0.7);
            boolean churner = rnd.nextDouble() < 0.30;
            int churnDay = churner ? signup + 7 + (int) (rnd.nextDouble() * (o.days() - signup)) : Integer.MAX_VALUE;
            boolean deletes = churner && rnd.nextDouble() < 0.40;
            double activity = 0.08 + 0.5 * rnd.nextDouble() * rnd.nextDouble() + (age > 55 ? -0.03 : 0);
            double hourShift = (age - 40) / 15.0; // older users come earlier
            long lastTime = Long.MIN_VALUE;
            int lastDay = Math.min(o.days(), churnDay);
            for (int d = signup; d < lastDay && n < o.events(); d++) {
                double p = activity * (weekday[d] >= 6 ? 0.7 : 1.0) * (dayOfMonth[d] <= 10 ? 1.3 : 1.0);
                if (churner && churnDay - d < 30) {
                    p *= (churnDay - d) / 30.0;
                }
                if (d == signup) {
                    p = 1; // every user has at least the sign-up day
                }
                if (rnd.nextDouble() >= p) {
                    continue;
                }
                int sessions = 1 + (rnd.nextDouble() < 0.3 ? 1 : 0) + (rnd.nextDouble() < 0.1 ? 1 : 0);
                for (int s = 0; s < sessions && n < o.events(); s++) {
                    double hour = sampleHour(rnd, hourShift);
                    long t = base + d * 86400L + (long) (hour * 3600);
                    if (t <= lastTime + 1800) {
                        t = lastTime + 1800 + 60 + (long) (rnd.nextDouble() * 3600);
                    }
                    int dev = rnd.nextDouble() < 0.2 ? dev2 : dev1;
                    int len = 2 + (int) Math.min(12, -Math.log(1 - rnd.nextDouble()) * 3.5);
                    for (int i = 0; i < BASE_WEIGHTS.length; i++) {
                        w[i] = BASE_WEIGHTS[i];
                    }
                    if (dayOfMonth[d] <= 10) {
                        w[VIEW_BILL] *= 2.5;
                        w[PAY_BILL] *= 3;
                    }
                    if (dayOfMonth[d] >= 15 && dayOfMonth[d] <= 25) {
                        w[METER] *= 3;
                    }
                    int prev = -1;
                    for (int i = 0; i < len && n < o.events(); i++) {
                        int e;
                        if (i == 0 && rnd.nextDouble() < 0.85) {
                            e = LOGIN;
                        } else if (prev == VIEW_BILL && rnd.nextDouble() < 0.45) {
                            e = PAY_BILL;
                        } else if (i == len - 1 && rnd.nextDouble() < 0.15) {
                            e = LOGOUT;
                        } else {
                            e = pick(rnd, w);
                        }
                        if (i > 0) {
                            t += 3 + (long) (-Math.log(1 - rnd.nextDouble()) * 45);
                        }
                        time[n] = t;
                        user[n] = u;
                        event[n] = (byte) e;
                        device[n] = (byte) dev;
                        n++;
                        prev = e;
                    }
                    lastTime = t;
                }
            }
            if (deletes && churnDay < o.days() && n < o.events() && lastTime != Long.MIN_VALUE) {
                time[n] = Math.max(lastTime + 60, base + (long) churnDay * 86400 + 12 * 3600);
                user[n] = u;
                event[n] = DELETE;
                device[n] = (byte) dev1;
                n++;
            }
        }
        // order by time (stable by generation order)
        long minT = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minT = Math.min(minT, time[i]);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((time[i] - minT) << 28) | i;
        }
        Arrays.sort(packed);
        writeEvents(eventsFile, packed, time, user, event, device, n);
        int socdemRows = writeSocdem(socdemFile, rnd, users, ages, genders, regions);
        return new Summary(n, users, socdemRows, o.seed(), eventsFile, socdemFile);
    }

    private static void writeEvents(Path file, long[] packed, long[] time, int[] user, byte[] event, byte[] device,
                                    int n) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user_id,timestamp,event,device_maker,device_model,os\n");
            StringBuilder sb = new StringBuilder(128);
            long cachedSecond = Long.MIN_VALUE;
            String cachedText = null;
            for (int k = 0; k < n; k++) {
                int i = (int) (packed[k] & ((1L << 28) - 1));
                sb.setLength(0);
                appendUser(sb, user[i]);
                sb.append(',');
                if (time[i] != cachedSecond) {
                    cachedSecond = time[i];
                    LocalDateTime dt = LocalDateTime.ofEpochSecond(time[i], 0, ZoneOffset.UTC);
                    cachedText = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d",
                            dt.getYear(), dt.getMonthValue(), dt.getDayOfMonth(), dt.getHour(), dt.getMinute(),
                            dt.getSecond());
                }
                sb.append(cachedText).append(',').append(EVENTS[event[i]]).append(',');
                String[] d = DEVICES[device[i]];
                sb.append(d[0]).append(',').append(d[1]).append(',').append(d[2]).append('\n');
                out.append(sb);
            }
        }
    }

    private static int writeSocdem(Path file, SplittableRandom rnd, int users, int[] ages, byte[] genders,
                                   byte[] regions) throws IOException {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user_id,gender,age,region\n");
            StringBuilder sb = new StringBuilder();
            for (int u = 0; u < users; u++) {
                if (rnd.nextDouble() < 0.02) {
                    continue; // missing in socdem
                }
                sb.setLength(0);
                appendUser(sb, u);
                sb.append(',').append(genders[u] == 1 ? 'F' : 'M').append(',').append(ages[u]).append(',')
                        .append(REGIONS[regions[u]]).append('\n');
                out.append(sb);
                rows++;
            }
            int extra = (int) Math.ceil(users * 0.03);
            for (int k = 0; k < extra; k++) {
                sb.setLength(0);
                appendUser(sb, users + k);
                int age = (int) Math.round(Math.clamp(40 + 13 * gaussian(rnd), 18, 85));
                sb.append(',').append(rnd.nextDouble() < 0.52 ? 'F' : 'M').append(',').append(age).append(',')
                        .append(REGIONS[pick(rnd, REGION_WEIGHTS)]).append('\n');
                out.append(sb);
                rows++;
            }
        }
        return rows;
    }

    private static void appendUser(StringBuilder sb, int u) {
        String s = Integer.toString(u);
        sb.append('u');
        for (int i = s.length(); i < 7; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    private static int[] cumulative(String[][] devices) {
        int[] c = new int[devices.length];
        int sum = 0;
        for (int i = 0; i < devices.length; i++) {
            sum += Integer.parseInt(devices[i][3]);
            c[i] = sum;
        }
        return c;
    }

    private static int pickDevice(SplittableRandom rnd, int[] cum, int age) {
        while (true) {
            int r = rnd.nextInt(cum[cum.length - 1]);
            int i = 0;
            while (cum[i] <= r) {
                i++;
            }
            // older users keep iPhones less often: reject half of the iPhone draws above 55
            if (age > 55 && DEVICES[i][0].equals("Apple") && rnd.nextDouble() < 0.5) {
                continue;
            }
            return i;
        }
    }

    private static double sampleHour(SplittableRandom rnd, double shift) {
        double r = rnd.nextDouble();
        double h;
        if (r < 0.35) {
            h = 8.5 + 1.5 * gaussian(rnd) - shift;
        } else if (r < 0.55) {
            h = 13 + 1.5 * gaussian(rnd);
        } else if (r < 0.95) {
            h = 20 + 2 * gaussian(rnd) - 0.5 * shift;
        } else {
            h = rnd.nextDouble() * 24;
        }
        h = h % 24;
        if (h < 0) {
            h += 24;
        }
        return Math.min(h, 23.99);
    }

    private static int pick(SplittableRandom rnd, double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double r = rnd.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0 && w[i] > 0) {
                return i;
            }
        }
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
