import { useRef, useState } from 'preact/hooks';
import { t } from '../lib/shared/i18n';
import { HOVER_DELAY, siteOf, type Density, type MarkStyle, type Settings, type Theme } from '../lib/shared/settings';
import type { PackSummary } from '../lib/shared/views';

export type Problem = { path: string; reason: string };
export type SettingsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; settings: Settings };
/** The packs in the store, or why the store could not be read. */
export type PacksState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; packs: PackSummary[] };
/** The last import: under way, stored, or refused with every problem (nothing stored). */
export type ImportState =
  | { status: 'idle' }
  | { status: 'busy'; fileName: string }
  | { status: 'done'; pack: PackSummary }
  | { status: 'refused'; fileName: string; message: string; problems: Problem[] };
/** What the last export, removal or reset did. */
export type PackNotice =
  | { kind: 'exported'; name: string }
  | { kind: 'removed'; name: string }
  | { kind: 'reset' }
  | { kind: 'failed'; action: 'export' | 'remove'; name: string; message: string }
  | { kind: 'failed'; action: 'reset'; message: string };
/** The last settings write: none yet, stored, or refused. */
export type SaveState = { status: 'idle' } | { status: 'saved' } | { status: 'failed'; message: string };

export interface OptionsProps {
  settings: SettingsState;
  saved: SaveState;
  packs: PacksState;
  importing: ImportState;
  notice: PackNotice | null;
  /** Every setting is saved as soon as it changes. */
  onChange: (patch: Partial<Settings>) => void;
  onImport: (file: File) => void;
  onExport: (packId: string) => void;
  onRemove: (packId: string) => void;
  /** Called only after the reader confirmed. */
  onReset: () => void;
  onRetryPacks: () => void;
}

/**
 * The host name a reader's entry stands for: a URL as written, a bare host name (with or without a path) as
 * https://<entry>; null when it is neither.
 */
export function siteOfEntry(entry: string): string | null {
  const text = entry.trim();
  if (!text) return null;
  const host = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  // The settings check keeps plain host names only: an IPv6 address ([::1]) would be refused when saved.
  return host && /^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host) ? host : null;
}

/** A pack's version and number of entities (one or many: no plural forms to get wrong). */
const packDetails = (p: PackSummary) => (p.entities === 1 ? t('optionsPackDetailsOne', p.version) : t('optionsPackDetails', p.version, p.entities));

/** A removed row's button takes focus with it: hand focus to the next row's button, else the previous row's, else `fallback`. */
function focusNeighbour(button: HTMLElement, fallback: HTMLElement | null) {
  const row = button.closest('li');
  const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector<HTMLElement>('button');
  (next ?? fallback)?.focus();
}

interface Choice<T extends string> {
  value: T;
  label: string;
  note?: string;
}

/** One radio group: a legend, and each choice with its label and a one-line note tied to it. */
function Choices<T extends string>({ name, legend, value, choices, onPick }: { name: string; legend: string; value: T; choices: Choice<T>[]; onPick: (value: T) => void }) {
  return (
    <fieldset class="bs-choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const id = `bs-${name}-${c.value}`;
        return (
          <div class="bs-choice" key={c.value}>
            <input type="radio" id={id} name={name} value={c.value} checked={value === c.value} aria-describedby={c.note ? `${id}-note` : undefined} onChange={() => onPick(c.value)} />
            <label for={id}>{c.label}</label>
            {c.note && (
              <p class="bs-note" id={`${id}-note`}>
                {c.note}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

// Read at each render, in the reader's language.
const densities = (): Choice<Density>[] => [
  { value: 'first', label: t('optionsDensityFirst'), note: t('optionsDensityFirstNote') },
  { value: 'every', label: t('optionsDensityEvery'), note: t('optionsDensityEveryNote') },
  { value: 'none', label: t('optionsDensityNone'), note: t('optionsDensityNoneNote') },
];
const markStyles = (): Choice<MarkStyle>[] => [
  { value: 'tint', label: t('optionsMarkTint'), note: t('optionsMarkTintNote') },
  { value: 'underline', label: t('optionsMarkUnderline'), note: t('optionsMarkUnderlineNote') },
];
const themes = (): Choice<Theme>[] => [
  { value: 'system', label: t('optionsThemeSystem'), note: t('optionsThemeSystemNote') },
  { value: 'light', label: t('optionsThemeLight') },
  { value: 'dark', label: t('optionsThemeDark') },
];

function Reading({ s, onChange }: { s: Settings; onChange: OptionsProps['onChange'] }) {
  return (
    <section aria-labelledby="bs-reading">
      <h2 id="bs-reading">{t('optionsReading')}</h2>
      <div class="bs-field">
        <label for="bs-delay">{t('optionsHoverDelay')}</label>
        <span class="bs-number">
          <input
            type="number"
            id="bs-delay"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={String(s.hoverDelay)}
            aria-describedby="bs-delay-note"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const ms = Number(input.value);
              if (input.value.trim() === '' || !Number.isFinite(ms)) {
                input.value = String(s.hoverDelay);
                return;
              }
              const next = Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, Math.round(ms)));
              input.value = String(next);
              if (next !== s.hoverDelay) onChange({ hoverDelay: next });
            }}
          />{' '}
          {t('optionsMs')}
        </span>
        <p class="bs-note" id="bs-delay-note">
          {t('optionsHoverDelayNote', HOVER_DELAY.min, HOVER_DELAY.max)}
        </p>
      </div>
      <Choices name="density" legend={t('optionsDensity')} value={s.density} choices={densities()} onPick={(density) => onChange({ density })} />
      <Choices name="mark-style" legend={t('optionsMarkStyle')} value={s.markStyle} choices={markStyles()} onPick={(markStyle) => onChange({ markStyle })} />
      <Choices name="theme" legend={t('optionsTheme')} value={s.theme} choices={themes()} onPick={(theme) => onChange({ theme })} />
      <div class="bs-check">
        <input type="checkbox" id="bs-badge" checked={s.badge} aria-describedby="bs-badge-note" onChange={(e) => onChange({ badge: (e.currentTarget as HTMLInputElement).checked })} />
        <label for="bs-badge">{t('optionsBadge')}</label>
        <p class="bs-note" id="bs-badge-note">
          {t('optionsBadgeNote')}
        </p>
      </div>
    </section>
  );
}

function OffSites({ s, onChange }: { s: Settings; onChange: OptionsProps['onChange'] }) {
  const [entry, setEntry] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const host = siteOfEntry(entry);
    if (!host) {
      setError(entry.trim() ? t('optionsNotASite', entry.trim()) : t('optionsNoSite'));
      input.current?.focus();
      return;
    }
    if (s.offSites.includes(host)) {
      setError(t('optionsSiteListed', host));
      return;
    }
    setError(null);
    setEntry('');
    onChange({ offSites: [...s.offSites, host] });
  };
  return (
    <section aria-labelledby="bs-off">
      <h2 id="bs-off">{t('optionsOff')}</h2>
      <div class="bs-check">
        <input type="checkbox" id="bs-enabled" checked={s.enabled} aria-describedby="bs-enabled-note" onChange={(e) => onChange({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
        <label for="bs-enabled">{t('optionsEnabled')}</label>
        <p class="bs-note" id="bs-enabled-note">
          {t('optionsEnabledNote')}
        </p>
      </div>
      <h3 id="bs-sites">{t('optionsOffSites')}</h3>
      {s.offSites.length ? (
        <ul class="bs-rows" aria-labelledby="bs-sites">
          {s.offSites.map((host) => (
            <li class="bs-row" key={host}>
              <span class="bs-host">{host}</span>
              <button
                type="button"
                aria-label={t('optionsRemoveSite', host)}
                onClick={(e) => {
                  focusNeighbour(e.currentTarget as HTMLElement, input.current);
                  onChange({ offSites: s.offSites.filter((h) => h !== host) });
                }}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted">{t('optionsNoOffSites')}</p>
      )}
      <form class="bs-add" onSubmit={add} noValidate>
        <label for="bs-site">{t('optionsAddSite')}</label>
        <div class="bs-inline">
          <input
            ref={input}
            type="text"
            id="bs-site"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={entry}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'bs-site-note bs-site-error' : 'bs-site-note'}
            onInput={(e) => {
              setEntry((e.currentTarget as HTMLInputElement).value);
              if (error) setError(null);
            }}
          />
          <button type="submit">{t('optionsAdd')}</button>
        </div>
        <p class="bs-note" id="bs-site-note">
          {t('optionsAddSiteNote')}
        </p>
        {error && (
          <p class="bs-error" id="bs-site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

const noticeText = (n: PackNotice) => {
  if (n.kind === 'exported') return t('optionsExported', n.name);
  if (n.kind === 'removed') return t('optionsRemoved', n.name);
  if (n.kind === 'reset') return t('optionsResetDone');
  // The background's message is its own, as it came.
  if (n.action === 'reset') return t('optionsResetFailed', n.message);
  return n.action === 'export' ? t('optionsExportFailed', n.name, n.message) : t('optionsRemoveFailed', n.name, n.message);
};

function Packs({ packs, importing, notice, onImport, onExport, onRemove, onReset, onRetryPacks }: Omit<OptionsProps, 'settings' | 'saved' | 'onChange'>) {
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };
  if (packs.status === 'error')
    return (
      <section aria-labelledby="bs-packs">
        <h2 id="bs-packs">{t('optionsPacks')}</h2>
        <div class="bs-panel bs-failed" role="alert">
          <p>
            <strong>{t('optionsStoreError')}</strong> {packs.message}
          </p>
          <p>{t('optionsStoreErrorHelp')}</p>
        </div>
        <button type="button" onClick={onRetryPacks}>
          {t('optionsTryAgain')}
        </button>
      </section>
    );
  return (
    <section aria-labelledby="bs-packs">
      <h2 id="bs-packs">{t('optionsPacks')}</h2>
      <p class="bs-muted">{t('optionsPacksIntro')}</p>
      {packs.status === 'loading' ? (
        <p class="bs-muted">{t('optionsLoading')}</p>
      ) : (
        <ul class="bs-rows" aria-label={t('optionsPackList')}>
          {packs.packs.map((p) => (
            <li class="bs-row" key={p.id}>
              <span>
                <strong>{p.name}</strong> {p.seed && <span class="bs-tag">{t('optionsBuiltIn')}</span>}
                <br />
                <span class="bs-muted">{packDetails(p)}</span>
                {p.setAside && (
                  <span class="bs-error bs-set-aside">
                    <br />
                    {t('optionsSetAside')}
                    <br />
                    <code>{p.setAside.join('; ')}</code>
                  </span>
                )}
              </span>
              <span class="bs-actions">
                <button type="button" aria-label={t('optionsExportPack', p.name)} onClick={() => onExport(p.id)}>
                  {t('optionsExport')}
                </button>
                {!p.seed && (
                  <button
                    type="button"
                    aria-label={t('optionsRemovePack', p.name)}
                    onClick={(e) => {
                      focusNeighbour(e.currentTarget as HTMLElement, file.current);
                      onRemove(p.id);
                    }}
                  >
                    {t('optionsRemove')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class={notice?.kind === 'failed' ? 'bs-error' : 'bs-ok'} role="status" aria-live="polite">
        {notice && noticeText(notice)}
      </p>

      <h3 id="bs-import">{t('optionsImport')}</h3>
      <div class="bs-field">
        <label for="bs-import-file">{t('optionsPackFile')}</label>
        <input
          ref={file}
          type="file"
          id="bs-import-file"
          accept=".json,application/json"
          aria-describedby="bs-import-note"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const chosen = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) imports it again.
            input.value = '';
            if (chosen) onImport(chosen);
          }}
        />
        <p class="bs-note" id="bs-import-note">
          {t('optionsImportNote')}
        </p>
      </div>
      <div aria-live="polite">
        {importing.status === 'busy' && <p class="bs-muted">{t('optionsImporting', importing.fileName)}</p>}
        {importing.status === 'done' && (
          <p class="bs-ok">
            {importing.pack.entities === 1
              ? t('optionsImportedOne', importing.pack.name, importing.pack.version)
              : t('optionsImported', importing.pack.name, importing.pack.version, importing.pack.entities)}
          </p>
        )}
      </div>
      {importing.status === 'refused' && (
        <div class="bs-panel bs-failed" role="alert">
          <p>
            <strong>{t('optionsNotImported', importing.fileName)}</strong>{' '}
            {importing.problems.length === 0 ? importing.message : importing.problems.length === 1 ? t('optionsOneProblem') : t('optionsProblems', importing.problems.length)}
          </p>
          {importing.problems.length > 0 && (
            <ul class="bs-problems">
              {importing.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code> — {p.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h3 id="bs-reset">{t('optionsReset')}</h3>
      <button type="button" ref={resetButton} aria-expanded={confirming} aria-controls="bs-reset-confirm" onClick={() => setConfirming(!confirming)}>
        {t('optionsResetButton')}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape, pressed on either of its buttons, closes the confirmation; the buttons are the interactive elements. */}
      <div id="bs-reset-confirm" class="bs-panel" hidden={!confirming} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
        {confirming && (
          <>
            <p>{t('optionsResetConfirm')}</p>
            <div class="bs-inline">
              <button
                type="button"
                class="bs-danger"
                onClick={() => {
                  setConfirming(false);
                  resetButton.current?.focus();
                  onReset();
                }}
              >
                {t('optionsResetYes')}
              </button>
              <button type="button" onClick={cancel}>
                {t('optionsCancel')}
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/** The options page: reading settings, where Backstory is off, and the knowledge packs in the store. */
export function Options(props: OptionsProps) {
  const { settings, saved } = props;
  return (
    <main class="bs-options">
      <header class="bs-top">
        <div>
          <p class="bs-brand">{t('extName')}</p>
          <h1>{t('optionsHeading')}</h1>
        </div>
        <p class={saved.status === 'failed' ? 'bs-error bs-saved' : 'bs-ok bs-saved'} role="status" aria-live="polite">
          {saved.status === 'saved' ? t('optionsSaved') : saved.status === 'failed' ? t('optionsNotSaved', saved.message) : ''}
        </p>
      </header>
      {settings.status === 'loading' && <p class="bs-muted">{t('optionsLoading')}</p>}
      {settings.status === 'error' && (
        <p class="bs-error" role="alert">
          {t('optionsSettingsError', settings.message)}
        </p>
      )}
      {settings.status === 'ready' && (
        <>
          <Reading s={settings.settings} onChange={props.onChange} />
          <OffSites s={settings.settings} onChange={props.onChange} />
        </>
      )}
      <Packs {...props} />
    </main>
  );
}
