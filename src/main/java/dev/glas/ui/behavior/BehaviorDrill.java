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

    /** Computes the selection in the background and opens it when done. */
    private void open(java.util.function.Supplier<RowSelection> selection) {
        vm.tasks().submit("behavior.task.drill", (p, c) -> selection.get(), vm.state()::openSelection,
                vm::showError);
    }

    private void events(IntPredicate p, String description) {
        Dataset ds = out().events();
        Dashboard dash = d();
        open(() -> new RowSelection(ds, dash.eventRows(p), description));
    }

    private void users(java.util.function.Supplier<int[]> userRows, String description) {
        Dataset ds = out().features().dataset();
        open(() -> new RowSelection(ds, userRows.get(), description));
    }

    public void churnClass(int churned) {
        boolean want = churned == 1;
        Dashboard dash = d();
        boolean[] flags = out().result().features().churned();
        users(() -> dash.userRows(u -> flags[u] == want),
                Messages.get("behavior.drill.churn", churned));
    }

    public void hour(int h) {
        Dashboard dash = d();
        events(i -> dash.hourOf(i) == h, Messages.get("behavior.drill.hour", h));
    }

    /** Events at hour h of users of the gender (grid row label). */
    public void hourGender(String gender, int h) {
        Dashboard dash = d();
        int[] user = log().user();
        events(i -> dash.hourOf(i) == h && dash.genderOf(user[i]).equals(gender),
                Messages.get("behavior.drill.hour.group", label(gender), h));
    }

    /** Events at hour h on the OS (label may be OTHER: OSes not among {@code shown}). */
    public void hourOs(String osLabel, List<String> shown, int h) {
        Dashboard dash = d();
        IntPredicate os = osMatcher(osLabel, shown);
        events(i -> dash.hourOf(i) == h && os.test(i), Messages.get("behavior.drill.hour.group",
                label(osLabel), h));
    }

    private IntPredicate osMatcher(String osLabel, List<String> shown) {
        Dashboard dash = d();
        if (Dashboard.OTHER.equals(osLabel)) {
            Set<String> s = new HashSet<>(shown);
            return i -> !s.contains(dash.osOf(i));
        }
        return i -> dash.osOf(i).equals(osLabel);
    }

    public void ageGender(String ageGroup, String gender) {
        Dashboard dash = d();
        users(() -> dash.userRows(u -> dash.ageGroupOf(u).equals(ageGroup) && dash.genderOf(u).equals(gender)),
                Messages.get("behavior.drill.age.gender", label(ageGroup), label(gender)));
    }

    /** Users of an age group (session length by age group). */
    public void ageGroup(String ageGroup) {
        Dashboard dash = d();
        users(() -> dash.userRows(u -> dash.ageGroupOf(u).equals(ageGroup)),
                Messages.get("behavior.drill.age", label(ageGroup)));
    }

    /** Events of the sessions whose first event ran on the OS (session length by OS). */
    public void sessionsOnOs(String osLabel, List<String> shown) {
        Dashboard dash = d();
        IntPredicate os = osMatcher(osLabel, shown);
        int[] eventSession = out().result().sessions().eventSession();
        int[][] first = new int[1][];
        events(i -> {
            if (first[0] == null) {
                first[0] = dash.sessionFirstEventIndex(); // computed once, in the background task
            }
            return os.test(first[0][eventSession[i]]);
        }, Messages.get("behavior.drill.sessions.os", label(osLabel)));
    }

    public void maker(String makerLabel, List<String> shown) {
        device(log().maker(), log().makerNames(), makerLabel, shown);
    }

    public void model(String modelLabel, List<String> shown) {
        device(log().model(), log().modelNames(), modelLabel, shown);
    }

    private void device(int[] codes, String[] names, String lbl, List<String> shown) {
        Set<String> s = new HashSet<>(shown);
        IntPredicate p = Dashboard.OTHER.equals(lbl) ? i -> !s.contains(name(names[codes[i]]))
                : i -> name(names[codes[i]]).equals(lbl);
        events(p, Messages.get("behavior.drill.device", label(lbl)));
    }

    private static String name(String n) {
        return n.isEmpty() ? Dashboard.UNKNOWN : n;
    }

    public void eventHour(String eventName, int h) {
        EventLog log = log();
        Dashboard dash = d();
        int code = List.of(log.eventNames()).indexOf(eventName);
        events(i -> log.event()[i] == code && dash.hourOf(i) == h,
                Messages.get("behavior.drill.event.hour", eventName, h));
    }

    public void eventWeekday(String eventName, int weekday) {
        EventLog log = log();
        Dashboard dash = d();
        int code = List.of(log.eventNames()).indexOf(eventName);
        events(i -> log.event()[i] == code && dash.weekdayOf(i) == weekday,
                Messages.get("behavior.drill.event.weekday", eventName,
                        Messages.get("behavior.weekday." + weekday)));
    }

    /** Users above the median of both features of a correlation cell. */
    public void correlation(String a, String b) {
        Dashboard dash = d();
        users(() -> {
            double[] x = dash.featureValues(a);
            double[] y = dash.featureValues(b);
            double mx = median(x);
            double my = median(y);
            return dash.userRows(u -> x[u] > mx && y[u] > my);
        }, Messages.get("behavior.drill.correlation", a, b));
    }

    private static double median(double[] v) {
        double[] s = java.util.Arrays.stream(v).filter(z -> !Double.isNaN(z)).sorted().toArray();
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2]
                : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Users of cohort c active in week c + k. */
    public void cohort(int c, int k) {
        Dashboard dash = d();
        EventLog log = log();
        var f = out().result().features();
        Dashboard.Cohorts co = out().charts().cohorts();
        long first = Dashboard.week(java.time.LocalDate.parse(co.weekStarts().get(0)).toEpochDay() * 86_400_000L);
        long cohortWeek = first + c;
        long activeWeek = cohortWeek + k;
        users(() -> dash.usersWithEvent(i -> Dashboard.week(log.time()[i]) == activeWeek
                && Dashboard.week(f.firstTime()[log.user()[i]]) == cohortWeek),
                Messages.get("behavior.drill.cohort", co.weekStarts().get(c), k));
    }

    /** Users that reached at least step k (0-based) of the funnel. */
    public void funnel(List<String> steps, int k) {
        Dashboard dash = d();
        List<String> copy = List.copyOf(steps);
        users(() -> {
            int[] reached = dash.funnelSteps(copy);
            return dash.userRows(u -> reached[u] > k);
        }, Messages.get("behavior.drill.funnel", k + 1, steps.get(k)));
    }
}
