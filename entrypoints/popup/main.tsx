import { comparisons, frameworks } from 'virtual:stackpeek/catalog';
import { render } from 'preact';
import { CatalogContext, makeCatalog } from '../../components/framework/catalog-context';
import { followThemeSetting } from '../../components/options/apply-theme';
import { Popup } from '../../components/popup/Popup';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/framework/compare.css';

followThemeSetting();
render(
  <CatalogContext.Provider value={makeCatalog(frameworks, comparisons)}>
    <Popup hash={location.hash} />
  </CatalogContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
