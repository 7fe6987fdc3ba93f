package dev.glas.ui.behavior;

import dev.glas.core.behavior.Dashboard;
import dev.glas.core.behavior.EventLog;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The drill-down behind every dashboard element: builds the {@link RowSelection} of its events (rows of the
 * imported event log) or users (rows of the user-feature dataset) and opens it through {@code AppState}.
 * Labels are the ones the dashboard aggregates use, including {@link Dashboard#OTHER} and {@link Dashboard#UNKNOWN}.
 */
public final class BehaviorDrill {

    private final BehaviorViewModel vm;

    public BehaviorDrill(BehaviorViewModel vm) {
        this.vm = vm;
    }

    /** Localized display text of a dashboard label. */
    public static String label(String raw) {
        if (Dashboard.OTHER.equals(raw)) {
            return Messages.get("behavior.label.other");
        }
        if (Dashboard.UNKNOWN.equals(raw)) {
            return Messages.get("behavior.label.unknown");
        }
        return raw;
    }

    private BehaviorViewModel.Outcome out() {
        BehaviorViewModel.Outcome o = vm.outcomeProperty().get();
        if (o == null) {
            throw new IllegalStateException("no analysis yet");
        }
        return o;
    }

    private Dashboard d() {
        return out().dashboard();
    }

    private EventLog log() {
        return out().result().log();
    }

    private RowSelection events(IntPredicate p, String description) {
        Dataset ds = out().events();
        RowSelection s = new RowSelection(ds, d().eventRows(p), description);
        vm.state().openSelection(s);
        return s;
    }

    private RowSelection users(int[] userRows, String description) {
        RowSelection s = new RowSelection(out().features().dataset(), userRows, description);
        vm.state().openSelection(s);
        return s;
    }

    public RowSelection churnClass(int churned) {
        boolean want = churned == 1;
        return users(d().userRows(u -> out().result().features().churned()[u] == want),
                Messages.get("behavior.drill.churn", churned));
    }

    public RowSelection hour(int h) {
        return events(i -> d().hourOf(i) == h, Messages.get("behavior.drill.hour", h));
    }

    /** Events at hour h of users of the gender (grid row label). */
    public RowSelection hourGender(String gender, int h) {
        return events(i -> d().hourOf(i) == h && d().genderOf(log().user()[i]).equals(gender),
                Messages.get("behavior.drill.hour.group", label(gender), h));
    }

    /** Events at hour h on the OS (label may be OTHER: OSes not among {@code shown}). */
    public RowSelection hourOs(String osLabel, List<String> shown, int h) {
        IntPredicate os = osMatcher(osLabel, shown);
        return events(i -> d().hourOf(i) == h && os.test(i), Messages.get("behavior.drill.hour.group",
                label(osLabel), h));
    }

    private IntPredicate osMatcher(String osLabel, List<String> shown) {
        if (Dashboard.OTHER.equals(osLabel)) {
            Set<String> s = new HashSet<>(shown);
            return i -> !s.contains(d().osOf(i));
        }
        return i -> d().osOf(i).equals(osLabel);
    }

    public RowSelection ageGender(String ageGroup, String gender) {
        return users(d().userRows(u -> d().ageGroupOf(u).equals(ageGroup) && d().genderOf(u).equals(gender)),
                Messages.get("behavior.drill.age.gender", label(ageGroup), label(gender)));
    }

    /** Users of an age group (session length by age group). */
    public RowSelection ageGroup(String ageGroup) {
        return users(d().userRows(u -> d().ageGroupOf(u).equals(ageGroup)),
                Messages.get("behavior.drill.age", label(ageGroup)));
    }

    /** Events of the sessions whose first event ran on the OS (session length by OS). */
    public RowSelection sessionsOnOs(String osLabel, List<String> shown) {
        int[] first = d().sessionFirstEventIndex();
        IntPredicate os = osMatcher(osLabel, shown);
        int[] eventSession = out().result().sessions().eventSession();
        return events(i -> os.test(first[eventSession[i]]), Messages.get("behavior.drill.sessions.os",
                label(osLabel)));
    }

    public RowSelection maker(String makerLabel, List<String> shown) {
        return device(log().maker(), log().makerNames(), makerLabel, shown);
    }

    public RowSelection model(String modelLabel, List<String> shown) {
        return device(log().model(), log().modelNames(), modelLabel, shown);
    }

    private RowSelection device(int[] codes, String[] names, String lbl, List<String> shown) {
        Set<String> s = new HashSet<>(shown);
        IntPredicate p = Dashboard.OTHER.equals(lbl) ? i -> !s.contains(name(names[codes[i]]))
                : i -> name(names[codes[i]]).equals(lbl);
        return events(p, Messages.get("behavior.drill.device", label(lbl)));
    }

    private static String name(String n) {
        return n.isEmpty() ? Dashboard.UNKNOWN : n;
    }

    public RowSelection eventHour(String eventName, int h) {
        int code = List.of(log().eventNames()).indexOf(eventName);
        return events(i -> log().event()[i] == code && d().hourOf(i) == h,
                Messages.get("behavior.drill.event.hour", eventName, h));
    }

    public RowSelection eventWeekday(String eventName, int weekday) {
        int code = List.of(log().eventNames()).indexOf(eventName);
        return events(i -> log().event()[i] == code && d().weekdayOf(i) == weekday,
                Messages.get("behavior.drill.event.weekday", eventName,
                        Messages.get("behavior.weekday." + weekday)));
    }

    /** Users above the median of both features of a correlation cell. */
    public RowSelection correlation(String a, String b) {
        double[] x = d().featureValues(a);
        double[] y = d().featureValues(b);
        double mx = median(x);
        double my = median(y);
        return users(d().userRows(u -> x[u] > mx && y[u] > my), Messages.get("behavior.drill.correlation", a, b));
    }

    private static double median(double[] v) {
        double[] s = java.util.Arrays.stream(v).filter(z -> !Double.isNaN(z)).sorted().toArray();
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2]
                : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Users of cohort c active in week c + k. */
    public RowSelection cohort(int c, int k) {
        Dashboard.Cohorts co = d().cohorts();
        long first = Dashboard.week(java.time.LocalDate.parse(co.weekStarts().get(0)).toEpochDay() * 86_400_000L);
        long cohortWeek = first + c;
        long activeWeek = cohortWeek + k;
        var f = out().result().features();
        int[] users = d().usersWithEvent(i -> Dashboard.week(log().time()[i]) == activeWeek
                && Dashboard.week(f.firstTime()[log().user()[i]]) == cohortWeek);
        return users(users, Messages.get("behavior.drill.cohort", co.weekStarts().get(c), k));
    }

    /** Users that reached at least step k (0-based) of the funnel. */
    public RowSelection funnel(List<String> steps, int k) {
        int[] reached = d().funnelSteps(steps);
        return users(d().userRows(u -> reached[u] > k), Messages.get("behavior.drill.funnel", k + 1,
                steps.get(k)));
    }
}
