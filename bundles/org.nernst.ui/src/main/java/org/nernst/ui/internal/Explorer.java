package org.nernst.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
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
    private final Tree tree;
    private final UiState state;
    private final Consumer<Path> open;

    Explorer(Composite parent, UiState state, Consumer<Path> open) {
        super(parent, SWT.NONE);
        this.state = state;
        this.open = open;
        setLayout(new FillLayout());
        tree = new Tree(this, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
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
        tree.setMenu(menu);
        acceptDrops(tree, this::dropped);
        refresh();
    }

    private static void item(Menu m, String text, Runnable r) {
        MenuItem mi = new MenuItem(m, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> r.run());
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
