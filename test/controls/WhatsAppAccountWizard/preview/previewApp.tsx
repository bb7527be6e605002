import * as React from "react";
import * as ReactDOM from "react-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { InMemoryDataverse } from "../../../../simulator/organization/inMemoryDataverse";
import { createSerialClient } from "../../../../plugins-shim/client";
import { createStrings } from "../../../../controls/WhatsAppAccountWizard/strings";
import { WhatsAppAccountSetup } from "../../../../controls/WhatsAppAccountWizard/WhatsAppAccountSetup";

/** The page the preview image is taken of: the real view over the in-memory organization. */
declare global {
  interface Window {
    previewStrings: Record<string, string>;
  }
}

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const dataverse = new InMemoryDataverse({
  newId: () => ID,
  afterCreate: () => ({ msdyn_twilioinboundurl: `https://contoso.omnichannelengagementhub.com/whatsapp/twilio/${ID}` }),
});

ReactDOM.render(
  <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
    <WhatsAppAccountSetup
      mode={{ kind: "new" }}
      isOffline={false}
      privileges={{ create: true, write: true }}
      disabled={false}
      accountName=""
      onNameChange={() => undefined}
      confirmReload={async () => false}
      client={createSerialClient(dataverse)}
      strings={createStrings((key) => window.previewStrings[key] ?? key)}
      formatInteger={(value) => new Intl.NumberFormat("en-US").format(value)}
      copy={async () => true}
      openRecord={() => undefined}
      retryTuning={{}}
      poll={{ attempts: 3, intervalMs: 200 }}
    />
  </FluentProvider>,
  document.getElementById("root"),
);
