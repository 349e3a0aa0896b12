import { NavLink } from 'react-router';
import { ANALYSIS_SCREENS, paths, type AnalysisScreen } from '../paths';
import { AnalystCandidates } from './analyst-candidates.view';
import { AnalystCommunities } from './analyst-communities.view';
import { AnalystMedia } from './analyst-media.view';
import type { CaseDetail } from './case.view';

const NAMES: Readonly<Record<AnalysisScreen, string>> = {
  candidates: 'Link candidates',
  communities: 'Communities and central accounts',
  media: 'Media spread',
};

/** The analysis tab: /analysis/candidates, /analysis/communities, /analysis/media[/<sha256>]. */
export function AnalysisView({
  detail,
  sub,
  onSelect,
}: {
  detail: CaseDetail;
  sub: readonly string[];
  onSelect: (ref: string) => void;
}) {
  const [screen = 'candidates', item = null] = sub;
  const known = (ANALYSIS_SCREENS as readonly string[]).includes(screen);
  return (
    <section aria-labelledby="analysis-title">
      <h2 id="analysis-title" className="visually-hidden">
        Analysis
      </h2>
      <nav aria-label="Analysis views" className="subtabs">
        {ANALYSIS_SCREENS.map((s) => (
          <NavLink key={s} to={paths.analysis(detail.id, s)} aria-current={screen === s ? 'page' : undefined}>
            {NAMES[s]}
          </NavLink>
        ))}
      </nav>
      {!known && <p role="alert">There is no “{screen}” analysis.</p>}
      {screen === 'candidates' && <AnalystCandidates detail={detail} onSelect={onSelect} />}
      {screen === 'communities' && <AnalystCommunities detail={detail} onSelect={onSelect} />}
      {screen === 'media' && <AnalystMedia detail={detail} sha256={item} />}
    </section>
  );
}
