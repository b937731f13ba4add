import type { Texts } from '../types'

/** Korean. Loaded only when shown. */
const texts: Texts = {
  title: '이 사이트의 쿠키 사용 안내',
  description:
    '사이트가 제대로 작동하도록 필수 쿠키를 사용합니다. 동의해 주시면 {purposes} 목적으로 선택 쿠키도 사용합니다. 선택은 언제든지 변경할 수 있습니다.',
  policyLink: '개인정보 처리방침',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  customise: '맞춤 설정',
  preferencesTitle: '개인정보 보호 설정',
  preferencesDescription:
    '사용을 허용할 쿠키를 선택하세요. 선택 쿠키는 직접 켜기 전까지 꺼져 있으며, 선택은 언제든지 바꿀 수 있습니다.',
  save: '선택 저장',
  close: '닫기',
  alwaysOn: '항상 사용',
  services: '서비스 및 쿠키',
  cookie: '쿠키',
  provider: '제공자',
  purpose: '목적',
  lifetime: '보관 기간',
  gpcHonored: '수신 거부 요청 반영됨',
  gpcText:
    '브라우저의 Global Privacy Control 신호에 따라 {categories} 항목을 껐습니다. 여기에서 변경할 수 있습니다.',
  dntHonored: '추적 금지(Do Not Track) 반영됨',
  dntText:
    '브라우저의 추적 거부 요청에 따라 {categories} 항목을 껐습니다. 여기에서 변경할 수 있습니다.',
  settings: '쿠키 설정',
  noticeText:
    '사이트 작동과 {purposes} 목적으로 쿠키를 사용합니다. 쿠키 설정에서 언제든지 거부할 수 있습니다.',
  optOutText: '사이트 작동과 {purposes} 목적으로 쿠키를 사용합니다. 언제든지 거부할 수 있습니다.',
  ok: '확인',
  optOut: '거부하기',
  doNotSell: '내 개인정보 판매 및 공유 거부',
  policyChanged: '개인정보 처리방침이 변경되었습니다.',
  service: '서비스',
  session: '세션',
  noCookies: '쿠키 없음',
  consentCookie: '쿠키 선택 사항을 기억합니다',
  categories: {
    essential: {
      title: '필수',
      description: '로그인 상태 유지와 이 선택 저장 등 사이트 작동에 필요합니다. 끌 수 없습니다.',
    },
    analytics: {
      title: '분석',
      description: '방문자가 사이트를 어떻게 이용하는지 파악하여 사이트를 개선하는 데 사용됩니다.',
    },
    preference: {
      title: '환경 설정',
      description: '언어나 지역 같은 설정을 기억합니다.',
    },
    marketing: {
      title: '마케팅',
      description: '관심 있을 만한 광고를 보여 주고 그 효과를 측정하는 데 사용됩니다.',
    },
  },
}

export default texts
