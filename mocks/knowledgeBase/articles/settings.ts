// Knowledge-base article about the Panel settings tab: language, theme, resetting user settings.
import type { KnowledgeBaseArticle } from './types'

export const settingsArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'panel-settings',
    topic: 'settings',
    updatedAt: '2026-10-12',
    text: {
      en: {
        title: 'Panel settings and themes',
        summary: 'Choose the interface language and the panel theme, and reset saved filters and order forms.',
        sections: [
          {
            heading: 'How to open the panel settings',
            paragraphs: [
              'There are two ways: click “Settings” in the “Profile” block of the Control panel home page, or choose “Profile and settings” in the account menu in the upper right corner and go to the “Panel settings” tab.',
              'The settings belong to your user, so they follow you to any browser you log in from.',
            ],
          },
          {
            heading: 'Interface language',
            paragraphs: [
              'Choose “Русский” or “English” under “Interface language”. The panel switches at once, including dates and amounts, which are shown in the format of the chosen language. The knowledge base and context help are shown in the same language.',
            ],
          },
          {
            heading: 'Panel theme',
            paragraphs: [
              'Under “Panel theme”, choose “Dark”, “Light” or “Branded (Selectel)”. All three themes keep text readable and contrasts high, so choose the one that is comfortable for your eyes and lighting.',
            ],
          },
          {
            heading: 'Resetting user settings',
            paragraphs: [
              'The panel remembers the filters you set in lists and the order forms you started to fill in. To start from scratch, click “Reset” under “User settings” and confirm.',
              'After the reset, every saved filter is cleared and every order form returns to its original state. The interface language and the theme stay as they are.',
            ],
          },
        ],
        keywords: ['panel settings', 'settings', 'language', 'Russian', 'English', 'theme', 'dark', 'light', 'branded', 'reset', 'filters'],
      },
      ru: {
        title: 'Настройки панели и темы оформления',
        summary: 'Выбор языка интерфейса и темы панели, сброс сохранённых фильтров и форм заказа.',
        sections: [
          {
            heading: 'Как открыть настройки панели',
            paragraphs: [
              'Есть два способа: нажмите «Настройки» в блоке «Профиль» на главной странице панели управления или выберите «Профиль и настройки» в меню аккаунта в правом верхнем углу и перейдите на вкладку «Настройки панели».',
              'Настройки привязаны к вашему пользователю, поэтому действуют в любом браузере, в котором вы входите в панель.',
            ],
          },
          {
            heading: 'Язык интерфейса',
            paragraphs: [
              'В блоке «Язык интерфейса» выберите «Русский» или «English». Панель сразу переключится, а даты и суммы будут показаны в формате выбранного языка. База знаний и контекстная справка открываются на том же языке.',
            ],
          },
          {
            heading: 'Тема панели',
            paragraphs: [
              'В блоке «Тема панели» выберите «Тёмная», «Светлая» или «Фирменная (Selectel)». Во всех трёх темах текст хорошо читается и достаточно контрастен, так что выбирайте ту, что удобнее для глаз и освещения.',
            ],
          },
          {
            heading: 'Сброс пользовательских настроек',
            paragraphs: [
              'Панель запоминает фильтры в списках и начатые формы заказа. Чтобы начать с чистого листа, нажмите «Сбросить» в блоке «Пользовательские настройки» и подтвердите действие.',
              'После сброса все сохранённые фильтры очищаются, а формы заказа возвращаются в исходное состояние. Язык интерфейса и тема остаются прежними.',
            ],
          },
        ],
        keywords: ['настройки панели', 'настройки', 'язык', 'русский', 'английский', 'тема', 'тёмная', 'светлая', 'фирменная', 'сбросить', 'фильтры'],
      },
    },
  },
]
