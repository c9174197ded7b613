import { comparisons, frameworks } from 'virtual:stackpeek/catalog';
import { render } from 'preact';
import { CatalogContext, makeCatalog } from '../../components/framework/catalog-context';
import { followThemeSetting } from '../../components/options/apply-theme';
import { Options } from '../../components/options/Options';
import '../../components/theme.css';
import '../../components/options/options.css';

followThemeSetting();
render(
  <CatalogContext.Provider value={makeCatalog(frameworks, comparisons)}>
    <Options />
  </CatalogContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
