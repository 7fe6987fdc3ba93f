package dev.glas.ui.segment;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.segment.KMeans;
import dev.glas.core.segment.KMeansOptions;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.Rfm;
import dev.glas.core.segment.RfmOptions;
import dev.glas.core.segment.RfmResult;
import dev.glas.core.segment.RfmSegment;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;

/**
 * RFM view: choose customer, date, amount (or Quantity*UnitPrice) and invoice columns of the current
 * transactions table; compute RFM segments, cluster the customers (k-means on log R, F, M, z-scored) and show
 * the segment × cluster crosstab. Every segment and cell opens the transactions of its customers.
 */
public final class RfmViewModel {

    /** RFM result with the customer clusters and the crosstab counts[segment][cluster]. */
    public record Outcome(Dataset transactions, RfmResult rfm, int k, int[] clusters, int[][] crosstab) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty invoice = new SimpleStringProperty(this, "invoice", "");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 4);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    public RfmViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        state.currentDatasetProperty().addListener((o, a, b) -> guess(b));
        guess(state.currentDataset());
        state.project().register("segment.rfm", dev.glas.ui.common.ProjectBridge.ORDER_RFM, this::restore);
    }

    /** Seed of the customer clustering. */
    static final long SEED = 42;

    /** Restores the column roles and k from a project and recomputes RFM and its clusters in the background. */
    void restore(dev.glas.core.project.Project project, java.nio.file.Path file,
                 java.util.function.Consumer<String> done) {
        RfmAnalysis.State st;
        try {
            st = project.get(RfmAnalysis.INSTANCE).orElse(null);
        } catch (dev.glas.core.i18n.LocalizedException e) {
            done.accept(dev.glas.ui.common.ProjectRestore.failed("project.analysis.rfm", e));
            return;
        }
        if (st == null) {
            done.accept(null);
            return;
        }
        Dataset d = state.currentDataset();
        if (d == null) {
            done.accept(dev.glas.ui.common.ProjectRestore.noData("project.analysis.rfm"));
            return;
        }
        String other = dev.glas.ui.common.ProjectRestore.otherData("project.analysis.rfm", st.sourceId(),
                state.project().origin(d));
        if (other != null) {
            done.accept(other);
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String c : new String[] {st.customer(), st.date(), st.invoice()}) {
            if (c != null && !c.isEmpty() && !d.columnNames().contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            done.accept(dev.glas.ui.common.ProjectRestore.missingColumns("project.analysis.rfm", missing));
            return;
        }
        customer.set(st.customer());
        date.set(st.date());
        amount.set(st.amount());
        invoice.set(st.invoice() == null ? "" : st.invoice());
        if (st.clusters() != null) {
            k.set(st.clusters());
        }
        compute(done);
    }

    /** Fills the column choices and guesses the roles from names and types. */
    void guess(Dataset d) {
        outcome.set(null);
        columns.clear();
        if (d == null) {
            return;
        }
        columns.setAll(d.columnNames());
        customer.set(find(d, "customer", "client", "клиент", "user"));
        String dt = "";
        for (String c : d.columnNames()) {
            if (d.column(c) instanceof DateColumn || d.column(c) instanceof DateTimeColumn) {
                dt = c;
                break;
            }
        }
        date.set(dt);
        String qty = find(d, "quantity", "qty", "количество");
        String price = find(d, "unitprice", "price", "цена");
        String amt = find(d, "amount", "sum", "total", "monetary", "сумма");
        amount.set(!amt.isEmpty() && d.column(amt) instanceof NumericColumn<?> ? amt
                : !qty.isEmpty() && !price.isEmpty() ? qty + "*" + price : "");
        invoice.set(find(d, "invoice", "order", "receipt", "чек", "заказ"));
    }

    private static String find(Dataset d, String... hints) {
        for (String h : hints) {
            for (String c : d.columnNames()) {
                if (c.toLowerCase(Locale.ROOT).contains(h)) {
                    return c;
                }
            }
        }
        return "";
    }

    public void compute() {
        compute(null);
    }

    private void compute(java.util.function.Consumer<String> restored) {
        Dataset d = state.currentDataset();
        if (d == null) {
            dialogs.showInfo(Messages.get("segment.title"), Messages.get("segment.no.data"));
            if (restored != null) {
                restored.accept(dev.glas.ui.common.ProjectRestore.noData("project.analysis.rfm"));
            }
            return;
        }
        RfmOptions o = new RfmOptions(customer.get(), date.get(), amount.get(),
                invoice.get().isEmpty() ? null : invoice.get(), null);
        int kk = k.get();
        tasks.submit("segment.task.rfm", (p, c) -> {
            RfmResult r = Rfm.compute(d, o, c);
            int kEff = Math.max(2, Math.min(kk, r.size() - 1));
            double[][] x = Rfm.logFeatures(r);
            standardize(x);
            int[] clusters = KMeans.fit(Points.of(x), new KMeansOptions(kEff, SEED), c).labels();
            return new Outcome(d, r, kEff, clusters, Rfm.crosstab(r, clusters, kEff));
        }, out -> {
            outcome.set(out);
            RfmAnalysis.State st = new RfmAnalysis.State(state.project().origin(d), o.customer(), o.date(), o.amount(),
                    o.invoice(), null, kk, SEED);
            state.project().publish(p -> p.with(RfmAnalysis.INSTANCE, st));
            if (restored != null) {
                restored.accept(null);
            }
        }, t -> {
            if (restored != null) {
                restored.accept(dev.glas.ui.common.ProjectRestore.failed("project.analysis.rfm", t));
            } else {
                dialogs.showError(Messages.get("segment.title"), t);
            }
        });
    }

    static void standardize(double[][] x) {
        for (int j = 0; j < x[0].length; j++) {
            double mean = 0;
            for (double[] r : x) {
                mean += r[j];
            }
            mean /= x.length;
            double var = 0;
            for (double[] r : x) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            double sd = Math.sqrt(var / x.length);
            for (double[] r : x) {
                r[j] = sd > 0 ? (r[j] - mean) / sd : 0;
            }
        }
    }

    /** Transactions of the customers in a segment (and cluster, when {@code cluster ≥ 0}). */
    public RowSelection selection(RfmSegment segment, int cluster) {
        Outcome o = outcome.get();
        List<Integer> rows = new ArrayList<>();
        int customers = 0;
        for (int i = 0; i < o.rfm().size(); i++) {
            if ((segment == null || o.rfm().segments().get(i) == segment) && (cluster < 0 || o.clusters()[i] == cluster)) {
                customers++;
                for (int r : o.rfm().customerRows().get(i)) {
                    rows.add(r);
                }
            }
        }
        String what = segment == null ? Messages.get("segment.cluster.name", cluster + 1)
                : cluster < 0 ? Messages.get(segment.messageKey())
                : Messages.get(segment.messageKey()) + " × " + Messages.get("segment.cluster.name", cluster + 1);
        return RowSelection.of(o.transactions(), rows.stream().mapToInt(Integer::intValue).toArray(),
                Messages.get("segment.rfm.drill", what, customers));
    }

    public void open(RfmSegment segment, int cluster) {
        if (outcome.get() != null) {
            state.openSelection(selection(segment, cluster));
        }
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty invoiceProperty() {
        return invoice;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
