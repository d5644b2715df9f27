import Link from "next/link";

// Shown with HTTP 403 when a signed-in user lacks the role a page or action needs (forbidden()).
export default function Forbidden() {
  return (
    <>
      <h1>この画面を使う権限がありません</h1>
      <p>必要な役割が割り当てられていません。管理者にお問い合わせください。</p>
      <p>
        <Link href="/admin">ダッシュボードへ戻る</Link>
      </p>
    </>
  );
}
