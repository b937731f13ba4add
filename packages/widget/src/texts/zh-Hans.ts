import type { Texts } from '../types'

/** Chinese, Simplified. Loaded only when shown. */
const texts: Texts = {
  title: '本网站使用 Cookie',
  description:
    '我们使用必要的 Cookie 来保证网站正常运行。经您同意后，我们还会将可选 Cookie 用于{purposes}。您可以随时更改您的选择。',
  policyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customise: '自定义',
  preferencesTitle: '隐私偏好设置',
  preferencesDescription:
    '请选择我们可以使用的 Cookie。除非您主动开启，否则可选 Cookie 将保持关闭；您可以随时改变主意。',
  save: '保存选择',
  close: '关闭',
  alwaysOn: '始终开启',
  services: '服务与 Cookie',
  cookie: 'Cookie',
  provider: '提供方',
  purpose: '用途',
  lifetime: '有效期',
  gpcHonored: '已遵从退出请求',
  gpcText:
    '您的浏览器发送了全球隐私控制（GPC）信号，因此我们已关闭{categories}功能。您仍可在此处更改。',
  dntHonored: '已遵从“请勿跟踪”请求',
  dntText: '您的浏览器要求网站不要跟踪您，因此我们已关闭{categories}功能。您仍可在此处更改。',
  settings: 'Cookie 设置',
  noticeText:
    '我们使用 Cookie 来保证网站正常运行，并将其用于{purposes}。您可以随时在 Cookie 设置中选择退出。',
  optOutText: '我们使用 Cookie 来保证网站正常运行，并将其用于{purposes}。您可以随时选择退出。',
  ok: '确定',
  optOut: '选择退出',
  doNotSell: '请勿出售或共享我的个人信息',
  policyChanged: '我们的隐私政策已更新。',
  service: '服务',
  session: '会话',
  noCookies: '无 Cookie',
  consentCookie: '记住您的 Cookie 选择',
  categories: {
    essential: {
      title: '必要',
      description: '网站运行所必需，例如保持您的登录状态和记住此项选择。无法关闭。',
    },
    analytics: {
      title: '分析',
      description: '帮助我们了解访客如何使用网站，以便加以改进。',
    },
    preference: {
      title: '偏好',
      description: '记住您的设置，例如语言或地区。',
    },
    marketing: {
      title: '营销',
      description: '用于向您展示相关广告并衡量其效果。',
    },
  },
}

export default texts
