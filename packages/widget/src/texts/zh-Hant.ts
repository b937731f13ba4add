import type { Texts } from '../types'

/** Chinese, Traditional (Hong Kong usage: 私隱). Loaded only when shown. */
const texts: Texts = {
  title: '本網站使用 Cookie',
  description:
    '我們使用必要的 Cookie 以確保網站正常運作。在您同意後，我們亦會將選擇性 Cookie 用於{purposes}。您可隨時更改您的選擇。',
  policyLink: '私隱政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customise: '自訂',
  preferencesTitle: '私隱設定',
  preferencesDescription:
    '請選擇我們可以使用的 Cookie。除非您自行開啟，否則選擇性 Cookie 將保持關閉；您可隨時改變主意。',
  save: '儲存選擇',
  close: '關閉',
  alwaysOn: '一律啟用',
  services: '服務及 Cookie',
  cookie: 'Cookie',
  provider: '提供者',
  purpose: '用途',
  lifetime: '有效期',
  gpcHonored: '已遵從選擇退出要求',
  gpcText:
    '您的瀏覽器發出了全球私隱控制（GPC）訊號，因此我們已關閉{categories}功能。您仍可在此更改。',
  dntHonored: '已遵從「不追蹤」要求',
  dntText: '您的瀏覽器要求網站不要追蹤您，因此我們已關閉{categories}功能。您仍可在此更改。',
  settings: 'Cookie 設定',
  noticeText:
    '我們使用 Cookie 以確保網站正常運作，並將其用於{purposes}。您可隨時在 Cookie 設定中選擇退出。',
  optOutText: '我們使用 Cookie 以確保網站正常運作，並將其用於{purposes}。您可隨時選擇退出。',
  ok: '確定',
  optOut: '選擇退出',
  doNotSell: '請勿出售或分享我的個人資料',
  policyChanged: '我們的私隱政策已更新。',
  service: '服務',
  session: '工作階段',
  noCookies: '無 Cookie',
  consentCookie: '記住您的 Cookie 選擇',
  categories: {
    essential: {
      title: '必要',
      description: '網站運作所必需，例如保持您的登入狀態及記住此項選擇。無法關閉。',
    },
    analytics: {
      title: '分析',
      description: '幫助我們了解訪客如何使用網站，以便作出改善。',
    },
    preference: {
      title: '偏好',
      description: '記住您的設定，例如語言或地區。',
    },
    marketing: {
      title: '市場推廣',
      description: '用於向您展示相關廣告並衡量其成效。',
    },
  },
}

export default texts
