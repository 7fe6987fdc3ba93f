package dev.glas.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task as the status bar shows it: title, current progress (fraction, or -1 when unknown), a localized
 * message and a cancel action. Properties change on the FX thread only.
 */
public final class RunningTask {

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Runnable canceller;
    private volatile boolean cancelRequested;

    RunningTask(String title, Runnable canceller) {
        this.title = title;
        this.canceller = canceller;
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Requests cancellation; the work stops at its next check (within about a second). */
    public void cancel() {
        cancelRequested = true;
        canceller.run();
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    void update(double fraction, String text) {
        progress.set(fraction);
        if (text != null) {
            message.set(text);
        }
    }

    @Override
    public String toString() {
        return "RunningTask[" + title + "]";
    }
}
