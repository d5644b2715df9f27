// The HTML of a notice mail, from the view model that the plain text renders too
// (lib/notifications/mail/view.ts): the event's lead line, the amendment first, then
// the facts as the notice page's summary gives them, the links and the footer.
import type { MailGroup, MailView } from "@/lib/notifications/mail/view";
import type { LText } from "@/lib/notices/page/view";
import { MailLayout, mailColors, styles } from "./mail-layout";

// the merchant action as the page weighs it: calm, amber for a condition, strong when required
const actionColors = {
  NONE: { border: "#8fb996", background: "#f1f8f2" },
  CONDITIONAL: { border: "#d4a72c", background: "#fff8e5" },
  REQUIRED: { border: "#c9352b", background: "#fdf0ef" },
} as const;

const Text = ({ value }: { value: LText }) => <span lang={value.lang}>{value.text}</span>;

function Groups({ groups }: { groups: MailGroup[] }) {
  return (
    <table role="presentation" cellPadding={0} cellSpacing={0} border={0} style={{ width: "100%", borderCollapse: "collapse" }}>
      <tbody>
        {groups.map((g) => (
          <tr key={g.label}>
            <td style={{ ...styles.p, width: 120, verticalAlign: "top", color: mailColors.muted, paddingRight: 8 }}>{g.label}</td>
            <td style={{ ...styles.p, verticalAlign: "top" }}>{g.names}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NoticeMail({ view }: { view: MailView }) {
  const action = actionColors[view.action.level];
  return (
    <MailLayout locale={view.locale} title={view.subject} preview={view.preview} serviceName={view.serviceName} footer={view.footer}>
      <p style={styles.p}>{view.greeting}</p>
      {view.lead && <p style={{ ...styles.p, fontWeight: 700, padding: "8px 12px", backgroundColor: mailColors.panel, borderLeft: `4px solid ${mailColors.brand}` }}>{view.lead}</p>}
      {view.amendment && (
        <div style={{ margin: "0 0 12px", padding: "10px 12px", border: `1px solid ${actionColors.CONDITIONAL.border}`, backgroundColor: actionColors.CONDITIONAL.background }}>
          <p style={{ ...styles.p, fontWeight: 700 }}>{view.amendment.heading}</p>
          {view.amendment.summary && (
            <p style={styles.p}>
              {view.amendment.summaryLabel}
              {view.colon}
              <Text value={view.amendment.summary} />
            </p>
          )}
          {view.amendment.banner && <p style={{ ...styles.p, margin: 0 }}>{view.amendment.banner}</p>}
        </div>
      )}
      <h1 style={styles.h1}>
        <span lang={view.title.lang}>{view.title.text}</span>
        {view.titleSuffix && <span style={{ fontSize: 14, color: "#c9352b", fontWeight: 400 }}> {view.titleSuffix}</span>}
      </h1>
      <p style={{ ...styles.small, margin: "0 0 4px" }}>
        {view.kind.label}
        {view.colon}
        {view.kind.text}
      </p>

      <h2 style={styles.h2}>{view.windows.label}</h2>
      {view.windows.items.map((w) => (
        <p key={w.text} style={{ ...styles.p, fontWeight: w.current ? 700 : 400, textDecoration: w.cancelled ? "line-through" : "none" }}>
          {w.text}
        </p>
      ))}

      <h2 style={styles.h2}>{view.stops.label}</h2>
      {view.stops.none ? <p style={styles.p}>{view.stops.none}</p> : <Groups groups={view.stops.groups} />}
      {view.staysAvailable.groups.length > 0 && (
        <>
          <h2 style={styles.h2}>{view.staysAvailable.label}</h2>
          <Groups groups={view.staysAvailable.groups} />
        </>
      )}

      <h2 style={styles.h2}>{view.action.label}</h2>
      <div style={{ margin: "0 0 8px", padding: "10px 12px", borderLeft: `4px solid ${action.border}`, backgroundColor: action.background }}>
        <p style={{ ...styles.p, fontWeight: 700 }}>{view.action.levelText}</p>
        {view.action.condition && (
          <p style={styles.p}>
            <Text value={view.action.condition} />
          </p>
        )}
        {view.action.text && (
          <p style={{ ...styles.p, margin: 0 }}>
            <Text value={view.action.text} />
          </p>
        )}
      </div>

      <h2 style={styles.h2}>{view.links.label}</h2>
      <p style={{ margin: "4px 0 16px" }}>
        <a href={view.links.items[0]!.url} style={styles.button}>
          {view.links.items[0]!.text}
        </a>
      </p>
      {view.links.items.map((l) => (
        <p key={l.url} style={styles.small}>
          {l.text}
          {view.colon}
          <a href={l.url} style={styles.link}>
            {l.url}
          </a>
        </p>
      ))}
    </MailLayout>
  );
}
