import type { Texts } from '../types'

/** Japanese. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookieの使用について',
  description:
    '当サイトでは、サイトの動作に必須のCookieを使用しています。同意いただいた場合は、{purposes}のために任意のCookieも使用します。選択はいつでも変更できます。',
  policyLink: 'プライバシーポリシー',
  acceptAll: 'すべて同意する',
  rejectAll: 'すべて拒否する',
  customise: 'カスタマイズ',
  preferencesTitle: 'プライバシー設定',
  preferencesDescription:
    '使用を許可するCookieを選んでください。任意のCookieはオンにするまで無効です。選択はいつでも変更できます。',
  save: '選択内容を保存',
  close: '閉じる',
  alwaysOn: '常に有効',
  services: 'サービスとCookie',
  cookie: 'Cookie',
  provider: '提供元',
  purpose: '目的',
  lifetime: '保存期間',
  gpcHonored: 'オプトアウト要求に対応しました',
  gpcText:
    'ブラウザからGlobal Privacy Controlシグナルを受信したため、{categories}を無効にしました。ここから変更することもできます。',
  dntHonored: 'Do Not Trackに対応しました',
  dntText:
    'ブラウザがトラッキングの拒否を求めているため、{categories}を無効にしました。ここから変更することもできます。',
  settings: 'Cookie設定',
  noticeText:
    '当サイトでは、サイトの動作と{purposes}のためにCookieを使用しています。Cookie設定からいつでもオプトアウトできます。',
  optOutText:
    '当サイトでは、サイトの動作と{purposes}のためにCookieを使用しています。いつでもオプトアウトできます。',
  ok: 'OK',
  optOut: 'オプトアウトする',
  doNotSell: '個人情報の販売・共有を拒否する',
  policyChanged: 'プライバシーポリシーが変更されました。',
  service: 'サービス',
  session: 'セッション',
  noCookies: 'Cookieなし',
  consentCookie: 'Cookieの設定内容を記憶します',
  categories: {
    essential: {
      title: '必須',
      description:
        'ログイン状態の維持やこの選択内容の保存など、サイトの動作に必要です。無効にすることはできません。',
    },
    analytics: {
      title: '分析',
      description: '訪問者によるサイトの利用状況を把握し、サイトを改善するために使用します。',
    },
    preference: {
      title: '設定',
      description: '言語や地域などの設定を記憶します。',
    },
    marketing: {
      title: 'マーケティング',
      description: '関心に合った広告の表示と、その効果の測定に使用します。',
    },
  },
}

export default texts
