package dev.glas.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for ViewModel tests: records what was shown and answers from queues the test
 * fills beforehand ({@link #answerConfirm}, {@link #answerOpenFile}, {@link #answerSaveFile}, {@link #answerText}).
 * An unanswered question behaves like the user pressing Cancel.
 */
public final class FakeDialogService implements DialogService {

    /** One recorded call: kind ("error", "info", "confirm", "open", "save", "text"), title and text. */
    public record Shown(String kind, String title, String text, Throwable error) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirms = new ArrayDeque<>();
    private final Deque<Path> openFiles = new ArrayDeque<>();
    private final Deque<Path> saveFiles = new ArrayDeque<>();
    private final Deque<String> texts = new ArrayDeque<>();

    public FakeDialogService answerConfirm(boolean yes) {
        confirms.add(yes);
        return this;
    }

    public FakeDialogService answerOpenFile(Path p) {
        openFiles.add(p);
        return this;
    }

    public FakeDialogService answerSaveFile(Path p) {
        saveFiles.add(p);
        return this;
    }

    public FakeDialogService answerText(String s) {
        texts.add(s);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    public List<Shown> infos() {
        return shown.stream().filter(s -> s.kind().equals("info")).toList();
    }

    @Override
    public void showError(String title, Throwable error) {
        shown.add(new Shown("error", title, ErrorText.describe(error), error));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message, null));
        Boolean a = confirms.poll();
        return a != null && a;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        shown.add(new Shown("open", title, null, null));
        return Optional.ofNullable(openFiles.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types) {
        shown.add(new Shown("save", title, initialName, null));
        return Optional.ofNullable(saveFiles.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        shown.add(new Shown("text", title, prompt, null));
        return Optional.ofNullable(texts.poll()).map(String::strip).filter(s -> !s.isEmpty());
    }
}
