package dev.glas.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a ViewModel needs, behind an interface so ViewModels are tested with a recording fake
 * (see {@code FakeDialogService} in the tests). All methods are called on the FX thread and block until the
 * user answers. Titles and messages are already localized.
 */
public interface DialogService {

    /** Shows a failure: a {@code LocalizedException} shows its localized message, anything else a generic text. */
    void showError(String title, Throwable error);

    void showInfo(String title, String message);

    /** Asks a yes/no question; {@code true} when the user agrees. */
    boolean confirm(String title, String message);

    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    /** Asks where to save; the chosen name gets the first type's extension when it has none. */
    Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types);

    /** Asks for a line of text (a segment name, for example); empty when cancelled or left blank. */
    Optional<String> askText(String title, String prompt, String initialValue);
}
