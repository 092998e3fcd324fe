package org.nernst.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * File explorer: the remembered folders (samples first on a fresh install) and recent files.
 * Folders expand lazily; a double-click opens a file; files and folders dropped from the desktop
 * are opened or added.
 */
final class Explorer extends Composite {
    private static final String PLACEHOLDER = "…";
    private static final String ACTION = "nernst.action";
    private final Tree tree;
    private final UiState state;
    private final Consumer<Path> open;
    private final Function<List<Path>, List<Action>> actions;

    /** A context-menu entry contributed for the current selection. */
    record Action(String label, Runnable run) {
    }

    /**
     * @param actions the entries (selection actions of plug-ins) that fit the selected paths, asked
     *                each time the context menu opens
     */
    Explorer(Composite parent, UiState state, Consumer<Path> open, Function<List<Path>, List<Action>> actions) {
        super(parent, SWT.NONE);
        this.state = state;
        this.open = open;
        this.actions = actions;
        setLayout(new FillLayout());
        // several files at once: a rotation series for Koutecky-Levich, say
        tree = new Tree(this, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.addListener(SWT.Expand, e -> fill((TreeItem) e.item));
        tree.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof Path p && Files.isRegularFile(p)) {
                open.accept(p);
            }
        });
        Menu menu = new Menu(tree);
        item(menu, "Add folder…", () -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                addRoot(Path.of(dir));
            }
        });
        item(menu, "Remove folder", () -> {
            for (TreeItem it : tree.getSelection()) {
                if (it.getParentItem() == null && it.getData() instanceof Path p) {
                    state.removeRoot(p);
                }
            }
            refresh();
        });
        item(menu, "Refresh", this::refresh);
        menu.addListener(SWT.Show, e -> fillActions(menu));
        tree.setMenu(menu);
        acceptDrops(tree, this::dropped);
        refresh();
    }

    private static void item(Menu m, String text, Runnable r) {
        MenuItem mi = new MenuItem(m, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> r.run());
    }

    /** Puts the contributed actions that fit the selection at the top of the context menu (replacing the last ones). */
    void fillActions(Menu menu) {
        for (MenuItem mi : menu.getItems()) {
            if (mi.getData(ACTION) != null) {
                mi.dispose();
            }
        }
        List<Path> sel = selectedPaths();
        if (sel.isEmpty()) {
            return;
        }
        List<Action> fitting = actions.apply(sel);
        int k = 0;
        for (Action a : fitting) {
            MenuItem mi = new MenuItem(menu, SWT.PUSH, k++);
            mi.setText(a.label());
            mi.setData(ACTION, a.label());
            mi.addListener(SWT.Selection, e -> a.run().run());
        }
        if (!fitting.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR, k).setData(ACTION, "-");
        }
    }

    /** The selected files and folders (recent-file entries included), in tree order, without the "Recent files" node. */
    List<Path> selectedPaths() {
        List<Path> out = new java.util.ArrayList<>();
        for (TreeItem it : tree.getSelection()) {
            if (it.getData() instanceof Path p && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Selects the items showing these paths (expanding folders as needed); for tests and "select all of a series". */
    void select(List<Path> paths) {
        List<TreeItem> found = new java.util.ArrayList<>();
        for (TreeItem root : tree.getItems()) {
            collect(root, paths, found);
        }
        tree.setSelection(found.toArray(TreeItem[]::new));
    }

    private void collect(TreeItem it, List<Path> paths, List<TreeItem> found) {
        // not the entries under "Recent files" (a node without a path): the same file would be selected twice
        boolean inFolders = it.getParentItem() == null || it.getParentItem().getData() != null;
        if (it.getData() instanceof Path p && paths.contains(p) && inFolders) {
            found.add(it);
        }
        if (it.getData() instanceof Path dir && Files.isDirectory(dir) && paths.stream().anyMatch(p -> p.startsWith(dir) && !p.equals(dir))) {
            fill(it);
            it.setExpanded(true);
        }
        for (TreeItem c : it.getItems()) {
            collect(c, paths, found);
        }
    }

    /** Makes {@code c} accept files dragged from the desktop or a file manager. */
    static void acceptDrops(Control c, Consumer<List<Path>> handler) {
        DropTarget dt = new DropTarget(c, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        dt.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        dt.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent e) {
                if (e.detail == DND.DROP_DEFAULT || e.detail == DND.DROP_LINK) {
                    e.detail = DND.DROP_COPY;
                }
            }

            @Override
            public void drop(DropTargetEvent e) {
                if (e.data instanceof String[] files) {
                    handler.accept(Stream.of(files).map(Path::of).toList());
                }
            }
        });
    }

    /** Folders become explorer roots, files are opened. */
    void dropped(List<Path> paths) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                addRoot(p);
            } else {
                open.accept(p);
            }
        }
    }

    void addRoot(Path p) {
        state.addRoot(p);
        refresh();
    }

    void refresh() {
        tree.setRedraw(false);
        try {
            tree.removeAll();
            TreeItem recent = new TreeItem(tree, SWT.NONE);
            recent.setText("Recent files");
            for (Path p : state.recent()) {
                TreeItem it = new TreeItem(recent, SWT.NONE);
                it.setText(p.getFileName() + "  —  " + p.getParent());
                it.setData(p);
            }
            for (Path root : state.roots()) {
                TreeItem it = new TreeItem(tree, SWT.NONE);
                it.setText(root.getFileName() == null ? root.toString() : root.getFileName() + "  (" + root.getParent() + ")");
                it.setData(root);
                new TreeItem(it, SWT.NONE).setText(PLACEHOLDER);
                if (state.roots().size() <= 2) {
                    fill(it);
                    it.setExpanded(true);
                }
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    private void fill(TreeItem parent) {
        if (parent.getItemCount() != 1 || !PLACEHOLDER.equals(parent.getItem(0).getText())) {
            return;
        }
        parent.getItem(0).dispose();
        if (!(parent.getData() instanceof Path dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> children = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path p) -> !Files.isDirectory(p)).thenComparing(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            for (Path c : children) {
                TreeItem it = new TreeItem(parent, SWT.NONE);
                it.setText(c.getFileName().toString());
                it.setData(c);
                if (Files.isDirectory(c)) {
                    new TreeItem(it, SWT.NONE).setText(PLACEHOLDER);
                }
            }
        } catch (IOException e) {
            new TreeItem(parent, SWT.NONE).setText("cannot list: " + e.getMessage());
        }
    }

    Tree tree() {
        return tree;
    }
}
