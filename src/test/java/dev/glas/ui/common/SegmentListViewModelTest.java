package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentListViewModelTest {

    private final AppState state = new AppState();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<RowSelection> opened = new ArrayList<>();
    private SegmentListViewModel vm;
    private NamedSegment a;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        state.setSelectionOpener(opened::add);
        a = state.putSegment(new NamedSegment("A", RowSelection.of(TestData.customers(), new int[] {1}, "one")));
        state.putSegment(new NamedSegment("B", RowSelection.of(TestData.customers(), new int[] {2, 3}, "two")));
        vm = new SegmentListViewModel(state, new SyncTaskRunner(), dialogs);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void opensRenamesAndDeletes() {
        assertEquals("A (1)", vm.label(a));
        vm.open(a);
        assertSame(a.selection(), opened.getFirst());

        dialogs.answerText("b");
        vm.rename(a);
        assertEquals("A", state.segments().getFirst().name(), "a duplicate name is refused");
        assertEquals(1, dialogs.infos().size());

        dialogs.answerText("Loyal");
        vm.rename(a);
        NamedSegment renamed = state.segments().getFirst();
        assertEquals("Loyal", renamed.name());

        vm.delete(renamed); // unanswered confirm = cancel
        assertEquals(2, state.segments().size());
        dialogs.answerConfirm(true);
        vm.delete(renamed);
        assertEquals(List.of("B"), state.segments().stream().map(NamedSegment::name).toList());
        assertTrue(dialogs.errors().isEmpty());
    }
}
