import { t } from '../lib/shared/i18n';
import type { IncidentView } from '../lib/shared/views';
import { ConflictView } from './ConflictView';
import { Quote } from './Quote';
import { SourceList } from './SourceList';

export type IncidentPageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; incident: IncidentView };

/** The whole incident on one readable, printable page: summary, timeline with quotes, every dispute side by side, parties, sources. */
export function IncidentPage({ state }: { state: IncidentPageState }) {
  if (state.status === 'loading')
    return (
      <main class="bs-incident">
        <p class="bs-muted">{t('incidentLoading')}</p>
      </main>
    );
  if (state.status === 'error')
    return (
      <main class="bs-incident">
        <h1>{t('extName')}</h1>
        <p class="bs-error" role="alert">
          {t('incidentError', state.message)}
        </p>
      </main>
    );
  const { incident } = state;
  const disputes = incident.conflicts.filter((c) => c.kind === 'dispute');
  const differences = incident.conflicts.filter((c) => c.kind !== 'dispute');
  return (
    <main class="bs-incident">
      <p class="bs-brand">{t('extName')}</p>
      <h1>{incident.title}</h1>
      <p class="bs-lead">{incident.summary}</p>
      <section aria-labelledby="bs-disputed">
        <h2 id="bs-disputed">{t('incidentDisputed')}</h2>
        {disputes.map((c) => (
          <ConflictView conflict={c} key={c.id} />
        ))}
      </section>
      <section aria-labelledby="bs-timeline">
        <h2 id="bs-timeline">{t('incidentTimeline')}</h2>
        <ol class="bs-timeline">
          {incident.timeline.map((t, i) => (
            <li key={i}>
              <strong>{t.when}</strong> {t.text}
              {t.quotes.map((q, j) => (
                <Quote quote={q} key={j} />
              ))}
            </li>
          ))}
        </ol>
      </section>
      {differences.length > 0 && (
        <section aria-labelledby="bs-differ">
          <h2 id="bs-differ">{t('incidentDiffer')}</h2>
          {differences.map((c) => (
            <ConflictView conflict={c} key={c.id} />
          ))}
        </section>
      )}
      <section aria-labelledby="bs-parties">
        <h2 id="bs-parties">{t('incidentParties')}</h2>
        <ul class="bs-parties">
          {incident.parties.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bs-sources">
        <h2 id="bs-sources">{t('incidentSources')}</h2>
        <SourceList sources={incident.sources} />
      </section>
    </main>
  );
}
