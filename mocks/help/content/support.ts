// Context help: Home, tickets, the knowledge base and the referral program. Plain text only (rendered as text, never as HTML).
import type { ContextHelpEntry } from './types'

export const supportHelp: Record<string, ContextHelpEntry> = {
  home: {
    articleSlugs: ['control-panel-overview', 'top-up-balance', 'create-ticket'],
    text: {
      en: {
        title: 'Control panel',
        paragraphs: [
          'The home page gathers what you need most often in three blocks: “Support”, “Balance” and “Profile”.',
          'From here you can open the knowledge base, create a ticket, check the balances and top them up, and go to the settings, login history, security and API keys.',
          'All sections are also available from the account menu in the upper right corner.',
        ],
      },
      ru: {
        title: 'Панель управления',
        paragraphs: [
          'На главной странице в трёх блоках — «Поддержка», «Баланс» и «Профиль» — собрано то, что нужно чаще всего.',
          'Отсюда можно открыть базу знаний, создать тикет, проверить и пополнить баланс, перейти к настройкам, истории входов, безопасности и API-ключам.',
          'Все разделы также доступны из меню аккаунта в правом верхнем углу.',
        ],
      },
    },
  },
  tickets: {
    articleSlugs: ['create-ticket', 'control-panel-overview'],
    text: {
      en: {
        title: 'Tickets',
        paragraphs: [
          'All requests to support are listed here, including the tickets created automatically to confirm profile changes.',
          'Filter the list by status, open a ticket to read the answer, or click “Create ticket” to ask a new question.',
        ],
      },
      ru: {
        title: 'Тикеты',
        paragraphs: [
          'Здесь собраны все обращения в поддержку, включая тикеты, созданные автоматически для подтверждения изменений профиля.',
          'Отфильтруйте список по статусу, откройте тикет, чтобы прочитать ответ, или нажмите «Создать тикет», чтобы задать новый вопрос.',
        ],
      },
    },
  },
  'ticket-create': {
    articleSlugs: ['create-ticket', 'transfer-services'],
    text: {
      en: {
        title: 'Create ticket',
        paragraphs: [
          'Give a short subject, choose the category and, if the question concerns a particular service, the service.',
          'Describe what happened, when, and the exact text of any error. Never send passwords or API key secrets.',
          'Support works around the clock; the answer will appear in the ticket thread and arrive by email.',
        ],
      },
      ru: {
        title: 'Создать тикет',
        paragraphs: [
          'Коротко сформулируйте тему, выберите категорию и, если вопрос касается конкретной услуги, саму услугу.',
          'Опишите, что произошло и когда, и приведите точный текст ошибки. Не присылайте пароли и секреты API-ключей.',
          'Поддержка работает круглосуточно; ответ появится в переписке по тикету и придёт на почту.',
        ],
      },
    },
  },
  ticket: {
    articleSlugs: ['create-ticket'],
    text: {
      en: {
        title: 'Ticket',
        paragraphs: [
          'The thread shows your messages and the answers of support in order.',
          'Reply in the same thread if you have more questions, and close the ticket when the question is solved.',
        ],
      },
      ru: {
        title: 'Тикет',
        paragraphs: [
          'В переписке по порядку показаны ваши сообщения и ответы поддержки.',
          'Если остались вопросы, отвечайте в этой же переписке, а когда вопрос решён — закройте тикет.',
        ],
      },
    },
  },
  'knowledge-base': {
    articleSlugs: ['control-panel-overview', 'create-ticket'],
    text: {
      en: {
        title: 'Knowledge base',
        paragraphs: [
          'Articles about the panel: the balance and payments, the profile, security, users, panel settings and the referral program.',
          'Search by a word or phrase, or browse by topic. If you did not find the answer, create a ticket.',
        ],
      },
      ru: {
        title: 'База знаний',
        paragraphs: [
          'Статьи о работе с панелью: баланс и платежи, профиль, безопасность, пользователи, настройки панели и реферальная программа.',
          'Ищите по слову или фразе либо просматривайте статьи по темам. Если ответа не нашлось, создайте тикет.',
        ],
      },
    },
  },
  'knowledge-base-article': {
    articleSlugs: ['control-panel-overview', 'create-ticket'],
    text: {
      en: {
        title: 'Knowledge base article',
        paragraphs: [
          'The article is shown in the language of the interface; switch the language in “Panel settings”.',
          'If the article did not answer your question, create a ticket and describe your case.',
        ],
      },
      ru: {
        title: 'Статья базы знаний',
        paragraphs: [
          'Статья показана на языке интерфейса — переключить его можно в «Настройках панели».',
          'Если статья не ответила на ваш вопрос, создайте тикет и опишите ситуацию.',
        ],
      },
    },
  },
  referral: {
    articleSlugs: ['referral-program', 'transfer-between-balances'],
    text: {
      en: {
        title: 'Referral program',
        paragraphs: [
          'Recommend our services and receive 10% of your referrals’ spending, or 15% in a month when their spending exceeds 1 000 000 ₽.',
          'The reward is credited to the referral balance by the 15th of the next month; it can be withdrawn from 10 000 ₽.',
          'To join, send a request with the URL of your site or channel, its audience and the promotion method, and confirm your consent to the terms.',
        ],
      },
      ru: {
        title: 'Реферальная программа',
        paragraphs: [
          'Рекомендуйте наши услуги и получайте 10% от расходов ваших рефералов, а в месяцы, когда они тратят больше 1 000 000 ₽, — 15%.',
          'Вознаграждение зачисляется на реферальный баланс до 15-го числа следующего месяца, вывести его можно от 10 000 ₽.',
          'Чтобы стать участником, отправьте заявку: укажите адрес сайта или канала, его аудиторию и способ продвижения и подтвердите согласие с условиями.',
        ],
      },
    },
  },
}
