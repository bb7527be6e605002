import * as React from "react";
import * as ReactDOM from "react-dom";
import { FluentProvider, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { CardHost } from "./CardHost";
import { CardPanel } from "./CardPanel";
import { CardFormShape, INITIAL_CARD_VALUES, INITIAL_FORM_SHAPE, CardValues } from "./cardValues";
import { HostEventLog } from "./HostEventLog";
import { GalleryHost } from "./GalleryHost";
import { GalleryPanel, GallerySettings } from "./GalleryPanel";
import { HostPanel } from "./HostPanel";
import { HostSettings, settingsFromQuery, THEMES } from "./hostSettings";
import { OwnershipHost } from "./OwnershipHost";
import { WizardHost } from "./WizardHost";
import { WizardPanel } from "./WizardPanel";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "320px 1fr", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  panel: {
    ...shorthands.padding("12px", "16px"),
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    ...shorthands.borderRight("1px", "solid", tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: "auto",
    maxHeight: "100vh",
    boxSizing: "border-box",
    position: "sticky",
    top: 0,
  },
  main: { ...shorthands.padding("12px", "24px"), display: "flex", flexDirection: "column", rowGap: "24px", minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground1 },
  panelHeading: { margin: "12px 0 0", fontSize: tokens.fontSizeBase400, color: tokens.colorNeutralForeground1 },
  // The control's area on the form: what screenshots crop to.
  slot: { maxWidth: "720px", ...shorthands.padding("12px"), backgroundColor: tokens.colorNeutralBackground1 },
});

const App: React.FC = () => {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<HostSettings>(() => settingsFromQuery(window.location.search));
  const [cardValues, setCardValues] = React.useState<CardValues>(INITIAL_CARD_VALUES);
  const [cardShape, setCardShape] = React.useState<CardFormShape>(INITIAL_FORM_SHAPE);
  const [gallery, setGallery] = React.useState<GallerySettings>({ profileCount: 100, pageSize: 50, cardLayout: "compact" });
  const [recordId, setRecordId] = React.useState<string | undefined>(undefined);
  const [createdIds, setCreatedIds] = React.useState<readonly string[]>([]);
  const onOutputs = React.useCallback((outputs: Partial<CardValues>) => setCardValues((values) => ({ ...values, ...outputs })), []);
  const onOpenRecord = React.useCallback((id: string) => setCreatedIds((ids) => (ids.includes(id) ? ids : [...ids, id])), []);
  const dir = settings.rtl || settings.lcid === 1025 ? "rtl" : "ltr";

  return (
    <FluentProvider theme={THEMES[settings.theme]} dir={dir}>
      <div className={styles.page}>
        <aside className={styles.panel} aria-label="Host settings">
          <h1 className={styles.heading}>Playground</h1>
          <h2 className={styles.panelHeading}>Host</h2>
          <HostPanel settings={settings} onChange={setSettings} />
          <h2 className={styles.panelHeading}>Wizard organization</h2>
          <WizardPanel recordId={recordId} createdIds={createdIds} onRecordChange={setRecordId} />
          <h2 className={styles.panelHeading}>Gallery dataset</h2>
          <GalleryPanel value={gallery} onChange={setGallery} />
          <h2 className={styles.panelHeading}>Card properties</h2>
          <CardPanel values={cardValues} onChange={setCardValues} shape={cardShape} onShapeChange={setCardShape} />
          <h2 className={styles.panelHeading}>Host events</h2>
          <HostEventLog />
        </aside>
        <main className={styles.main}>
          <section className={styles.section} aria-labelledby="card-title">
            <h2 id="card-title" className={styles.heading}>
              SocialProfileCard
            </h2>
            <div className={styles.slot} data-testid="card-slot">
              <CardHost settings={settings} values={cardValues} shape={cardShape} onOutputs={onOutputs} />
            </div>
          </section>
          <section className={styles.section} aria-labelledby="ownership-title">
            <h2 id="ownership-title" className={styles.heading}>
              Ownership and sharing (card)
            </h2>
            <OwnershipHost settings={settings} />
          </section>
          <section className={styles.section} aria-labelledby="wizard-title">
            <h2 id="wizard-title" className={styles.heading}>
              WhatsAppAccountWizard
            </h2>
            <div className={styles.slot} data-testid="wizard-slot">
              <WizardHost settings={settings} recordId={recordId} onOpenRecord={onOpenRecord} />
            </div>
          </section>
          <section className={styles.section} aria-labelledby="gallery-title">
            <h2 id="gallery-title" className={styles.heading}>
              SocialProfileGallery
            </h2>
            <div className={styles.slot} data-testid="gallery-slot">
              <GalleryHost settings={settings} {...gallery} />
            </div>
          </section>
        </main>
      </div>
    </FluentProvider>
  );
};

ReactDOM.render(<App />, document.getElementById("root"));
