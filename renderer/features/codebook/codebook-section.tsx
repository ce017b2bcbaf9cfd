import { useId, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { Download, Ellipsis, Plus, Upload } from 'lucide-react';
import type { Label } from '../../../shared/model/annotation';
import { formatCount } from '../../components/format';
import { useAnnotationsView, useLabels, useStores, useUi } from '../../stores/stores-context';
import { CODEBOOK_ACCEPT, CODEBOOK_FILE_NAME, downloadJson, importErrorMessage, parseCodebookText, readFileText } from './codebook-file';
import { DeleteLabelDialog } from './delete-label-dialog';
import { LabelEditorDialog, type LabelEditorMode } from './label-editor-dialog';
import { LabelMenu } from './label-menu';
import { labelMenuEntries, type LabelActions } from './label-menu-entries';
import { annotationsNoun, labelTree } from './label-tree';
import { MergeLabelDialog } from './merge-label-dialog';
import './codebook.css';

type OpenDialog = { kind: 'editor'; mode: LabelEditorMode } | { kind: 'merge'; label: Label } | { kind: 'delete'; label: Label } | null;

const EMPTY_TEXT = 'No labels yet. Labels group your highlights by theme; create one here or while highlighting.';

/** The codebook in the sidebar: labels with their counts, a menu per label, export and import. */
export function CodebookSection() {
  const stores = useStores();
  const labels = useLabels((state) => state.labels);
  const loaded = useLabels((state) => state.loaded);
  const error = useLabels((state) => state.error);
  const tree = useMemo(() => labelTree(labels), [labels]);
  const shownLabelUid = useAnnotationsView((state) => state.filter.labelUid);
  const inAnnotations = useUi((state) => state.view === 'annotations');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; uid: string } | null>(null);
  const [focusUid, setFocusUid] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const labelsStore = stores.labels;
  const { ui } = stores;
  // One label button is in the tab order; arrows move between them.
  const tabUid = labels.some((label) => label.uid === focusUid) ? focusUid : (tree[0]?.label.uid ?? null);
  const menuLabel = menu ? labels.find((label) => label.uid === menu.uid) : undefined;

  const actions: LabelActions = {
    newInside: (label) => setDialog({ kind: 'editor', mode: { kind: 'create', parentUid: label.uid } }),
    edit: (label, focus) => setDialog({ kind: 'editor', mode: { kind: 'edit', label, focus } }),
    merge: (label) => setDialog({ kind: 'merge', label }),
    remove: (label) => {
      const asks = label.count > 0 || labels.some((candidate) => candidate.parentUid === label.uid);
      if (asks) setDialog({ kind: 'delete', label });
      else void labelsStore.getState().remove(label.uid);
    },
  };

  function showAnnotations(label: Label) {
    stores.annotationsView.getState().setFilter({ labelUid: label.uid });
    ui.getState().setView('annotations');
  }

  function openMenuBelow(element: Element, uid: string) {
    const rect = element.getBoundingClientRect();
    setMenu({ x: rect.left, y: rect.bottom, uid });
  }

  function onRowContextMenu(event: MouseEvent, uid: string) {
    event.preventDefault();
    // A keyboard-raised contextmenu event has no pointer position; place the menu by the row then.
    if (event.clientX === 0 && event.clientY === 0) openMenuBelow(event.currentTarget, uid);
    else setMenu({ x: event.clientX, y: event.clientY, uid });
  }

  function onTreeKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row-uid]');
    if (!row) return;
    const buttons = Array.from(treeRef.current?.querySelectorAll<HTMLElement>('[data-label-uid]') ?? []);
    const index = buttons.indexOf(target);
    const move = (to: number) => buttons[Math.max(0, Math.min(to, buttons.length - 1))]?.focus();
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) openMenuBelow(row, row.dataset.rowUid ?? '');
    else if (index < 0) return;
    else if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else return;
    event.preventDefault();
  }

  async function exportCodebook() {
    const codebook = await labelsStore.getState().exportCodebook();
    if (codebook) downloadJson(CODEBOOK_FILE_NAME, codebook);
  }

  async function onImportPicked(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Reset so that picking the same file again still fires a change.
    input.value = '';
    if (!file) return;
    const fail = (message: string) => ui.getState().showToast({ message, tone: 'error' });
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      fail(`“${file.name}” could not be read. Check that the file is still there and try again.`);
      return;
    }
    const parsed = parseCodebookText(text);
    if (!parsed.ok) {
      fail(parsed.message);
      return;
    }
    const value = parsed.value;
    await labelsStore.getState().importCodebook(value, (message) => fail(importErrorMessage(message)));
  }

  function renderLabel(label: Label, children: readonly Label[]) {
    const tabbable = label.uid === tabUid ? 0 : -1;
    const descriptionId = `${headingId}-${label.uid}`;
    return (
      <li key={label.uid}>
        <div className="codebook-row" data-row-uid={label.uid} onContextMenu={(event) => onRowContextMenu(event, label.uid)}>
          <button
            type="button"
            className="codebook-label"
            data-label-uid={label.uid}
            tabIndex={tabbable}
            aria-current={inAnnotations && shownLabelUid === label.uid ? 'true' : undefined}
            title={label.description || undefined}
            aria-describedby={descriptionId}
            aria-keyshortcuts="Shift+F10"
            onFocus={() => setFocusUid(label.uid)}
            onClick={() => showAnnotations(label)}
          >
            <span className="label-swatch" data-color={label.color} aria-hidden />
            <span className="codebook-name">{label.name}</span>
            <span className="codebook-count" aria-hidden>
              {formatCount(label.count)}
            </span>
          </button>
          <button
            type="button"
            className="icon-button codebook-more"
            tabIndex={tabbable}
            aria-label={`Actions for ${label.name}`}
            aria-haspopup="menu"
            aria-expanded={menu?.uid === label.uid}
            title="Label actions"
            onClick={(event) => openMenuBelow(event.currentTarget, label.uid)}
          >
            <Ellipsis size={14} aria-hidden />
          </button>
        </div>
        {/* Outside the button so that the count describes it without changing its name. */}
        <span id={descriptionId} hidden>
          {annotationsNoun(label.count)}
          {label.description && `. ${label.description}`}
        </span>
        {children.length > 0 && (
          <ul className="codebook-children" aria-label={`Inside ${label.name}`}>
            {children.map((child) => renderLabel(child, []))}
          </ul>
        )}
      </li>
    );
  }

  return (
    <section className="codebook" aria-labelledby={headingId}>
      <div className="codebook-header">
        <h2 id={headingId} className="codebook-heading">
          Labels
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="New label"
          title="New label"
          onClick={() => setDialog({ kind: 'editor', mode: { kind: 'create', parentUid: null } })}
        >
          <Plus size={15} aria-hidden />
        </button>
      </div>
      {error && (
        <p role="alert" className="codebook-error">
          {error}
        </p>
      )}
      {loaded && !error && labels.length === 0 && <p className="codebook-empty">{EMPTY_TEXT}</p>}
      {tree.length > 0 && (
        <ul ref={treeRef} className="codebook-tree" aria-labelledby={headingId} onKeyDown={onTreeKeyDown}>
          {tree.map((node) => renderLabel(node.label, node.children))}
        </ul>
      )}
      <div className="codebook-actions">
        <button type="button" className="button button-small" disabled={labels.length === 0} onClick={() => void exportCodebook()}>
          <Download size={13} aria-hidden />
          Export codebook…
        </button>
        <button type="button" className="button button-small" onClick={() => importInput.current?.click()}>
          <Upload size={13} aria-hidden />
          Import codebook…
        </button>
        <input
          ref={importInput}
          type="file"
          accept={CODEBOOK_ACCEPT}
          hidden
          data-testid="codebook-import-input"
          onChange={(event) => void onImportPicked(event)}
        />
      </div>
      {menu && menuLabel && (
        <LabelMenu
          x={menu.x}
          y={menu.y}
          label={`Actions for ${menuLabel.name}`}
          entries={labelMenuEntries(menuLabel, labels, labelsStore.getState(), actions)}
          onClose={() => setMenu(null)}
        />
      )}
      {dialog?.kind === 'editor' && <LabelEditorDialog mode={dialog.mode} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && <MergeLabelDialog source={dialog.label} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <DeleteLabelDialog
          label={dialog.label}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void labelsStore.getState().remove(dialog.label.uid);
          }}
        />
      )}
    </section>
  );
}
