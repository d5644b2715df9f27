// The subscription's own mails (confirm your subscription; you are already subscribed):
// a lead, what to do, one button with its link written out too, and the footer.
import type { LinkMailView } from "@/lib/notifications/subscriptions/mails";
import { MailLayout, styles } from "./mail-layout";

export function LinkMail({ view }: { view: LinkMailView }) {
  return (
    <MailLayout locale={view.locale} title={view.subject} preview={view.lead} serviceName={view.serviceName} footer={view.footer}>
      <p style={styles.p}>{view.lead}</p>
      <p style={styles.p}>{view.action}</p>
      <p style={{ margin: "12px 0 16px" }}>
        <a href={view.url} style={styles.button}>
          {view.button}
        </a>
      </p>
      <p style={styles.small}>
        <a href={view.url} style={styles.link}>
          {view.url}
        </a>
      </p>
      <p style={{ ...styles.small, marginTop: 16 }}>{view.ignore}</p>
    </MailLayout>
  );
}
