// Knowledge-base articles about finding help: the home page, context help, tickets.
import type { KnowledgeBaseArticle } from './types'

export const supportArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'control-panel-overview',
    topic: 'support',
    updatedAt: '2026-09-30',
    text: {
      en: {
        title: 'Getting around the Control panel',
        summary: 'The three blocks of the home page, the account menu, context help and the knowledge base.',
        sections: [
          {
            heading: 'The home page',
            paragraphs: [
              'Three blocks are shown at the top of the Control panel home page. “Support” opens the context help and the knowledge base and has the “Create ticket” button. “Balance” shows the balances, links to “Transaction history”, “Billing documents” and “Notifications”, and has the “Top up balance” button.',
              '“Profile” leads to “Settings”, “Login history”, “Security” and “API keys”, and has the “Change password” button.',
            ],
          },
          {
            heading: 'The account menu',
            paragraphs: [
              'The menu in the upper right corner has four items: “Balance and payments”, “Tickets”, “Profile and settings” and “Referral program”. “Log out” is at the bottom of the menu, separated from the other items.',
            ],
          },
          {
            heading: 'Context help and the knowledge base',
            paragraphs: [
              '“Context help” explains the page you are on and links to the articles about it. The knowledge base collects all articles about the panel; search it by a word or phrase, for example “invoice” or “API key”.',
            ],
          },
          {
            heading: 'If you did not find an answer',
            paragraphs: [
              'Create a ticket: support works around the clock and answers in the ticket thread.',
            ],
          },
        ],
        keywords: ['control panel', 'home page', 'navigation', 'account menu', 'context help', 'knowledge base', 'getting started'],
      },
      ru: {
        title: 'Как устроена панель управления',
        summary: 'Три блока главной страницы, меню аккаунта, контекстная справка и база знаний.',
        sections: [
          {
            heading: 'Главная страница',
            paragraphs: [
              'В верхней части главной страницы панели управления три блока. «Поддержка» открывает контекстную справку и базу знаний, в нём есть кнопка «Создать тикет». «Баланс» показывает балансы, содержит ссылки «История операций», «Финансовые документы» и «Уведомления» и кнопку «Пополнить баланс».',
              'Из блока «Профиль» можно перейти в «Настройки», «Историю входов», «Безопасность» и «API-ключи», в нём есть кнопка «Сменить пароль».',
            ],
          },
          {
            heading: 'Меню аккаунта',
            paragraphs: [
              'В меню в правом верхнем углу четыре пункта: «Баланс и платежи», «Тикеты», «Профиль и настройки» и «Реферальная программа». Пункт «Выйти» отделён от них и находится внизу меню.',
            ],
          },
          {
            heading: 'Контекстная справка и база знаний',
            paragraphs: [
              '«Контекстная справка» рассказывает о странице, на которой вы находитесь, и ведёт к статьям по теме. В базе знаний собраны все статьи о панели; ищите по слову или фразе, например «счёт» или «API-ключ».',
            ],
          },
          {
            heading: 'Если ответа не нашлось',
            paragraphs: [
              'Создайте тикет: поддержка работает круглосуточно и отвечает в переписке по тикету.',
            ],
          },
        ],
        keywords: ['панель управления', 'главная страница', 'навигация', 'меню аккаунта', 'контекстная справка', 'база знаний', 'начало работы'],
      },
    },
  },
  {
    slug: 'create-ticket',
    topic: 'support',
    updatedAt: '2026-11-15',
    text: {
      en: {
        title: 'Create a ticket and get an answer from support',
        summary: 'How to write to support, what to include in a ticket and how answers arrive.',
        sections: [
          {
            heading: 'How to create a ticket',
            paragraphs: [
              'Click “Create ticket” in the “Support” block of the Control panel home page, or open “Tickets” in the account menu and click “Create ticket”. Give a short subject, choose the category and, if the question is about a particular service, the service.',
            ],
          },
          {
            heading: 'What to write',
            paragraphs: [
              'Describe what you did, what you expected and what happened instead. Give the name or address of the service, the time of the problem and the exact text of any error message: with these details support can answer without asking extra questions.',
              'Never send passwords or API key secrets in a ticket; support does not need them.',
            ],
          },
          {
            heading: 'How support answers',
            paragraphs: [
              'Support works around the clock. The answer appears in the ticket thread, the ticket gets the status “Answered” and is marked as unread in the list, and we also send an email about the answer.',
              'Reply in the same thread if you have more questions: the whole history stays in one place.',
            ],
          },
          {
            heading: 'Statuses and closing',
            paragraphs: [
              'An open ticket is waiting for support, an answered ticket is waiting for you. When the question is solved, close the ticket. Closed tickets stay in the list, and the filters help find them by status or subject.',
            ],
          },
          {
            heading: 'Tickets created automatically',
            paragraphs: [
              'When you change previously entered profile data, a ticket to confirm the change is created for you. Follow it in “Tickets”: the change applies once support confirms it.',
            ],
          },
        ],
        keywords: ['ticket', 'support', 'create ticket', 'help', 'answer', 'reply', 'close ticket', 'status'],
      },
      ru: {
        title: 'Как создать тикет и получить ответ поддержки',
        summary: 'Как написать в поддержку, что указать в тикете и как приходят ответы.',
        sections: [
          {
            heading: 'Как создать тикет',
            paragraphs: [
              'Нажмите «Создать тикет» в блоке «Поддержка» на главной странице панели управления или откройте «Тикеты» в меню аккаунта и нажмите «Создать тикет». Коротко сформулируйте тему, выберите категорию и, если вопрос касается конкретной услуги, саму услугу.',
            ],
          },
          {
            heading: 'Что написать',
            paragraphs: [
              'Опишите, что вы делали, что ожидали и что произошло на самом деле. Укажите название или адрес услуги, время, когда возникла проблема, и точный текст ошибки — так поддержка сможет ответить без уточняющих вопросов.',
              'Никогда не присылайте в тикете пароли и секреты API-ключей: поддержке они не нужны.',
            ],
          },
          {
            heading: 'Как отвечает поддержка',
            paragraphs: [
              'Поддержка работает круглосуточно. Ответ появляется в переписке по тикету, тикет получает статус «Есть ответ» и отмечается в списке как непрочитанный, а на почту приходит уведомление.',
              'Если остались вопросы, отвечайте в той же переписке — вся история будет в одном месте.',
            ],
          },
          {
            heading: 'Статусы и закрытие тикета',
            paragraphs: [
              'Открытый тикет ждёт ответа поддержки, тикет с ответом ждёт вашей реакции. Когда вопрос решён, закройте тикет. Закрытые тикеты остаются в списке, а фильтры помогают найти нужный по статусу или теме.',
            ],
          },
          {
            heading: 'Тикеты, которые создаются автоматически',
            paragraphs: [
              'Если вы меняете уже заполненные данные профиля, тикет на подтверждение изменений создаётся автоматически. Следите за ним в разделе «Тикеты»: изменения вступят в силу после подтверждения поддержкой.',
            ],
          },
        ],
        keywords: ['тикет', 'поддержка', 'создать тикет', 'помощь', 'ответ', 'ответить', 'закрыть тикет', 'статус'],
      },
    },
  },
]
