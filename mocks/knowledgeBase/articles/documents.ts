// Knowledge-base articles about billing documents and how to receive their originals.
import type { KnowledgeBaseArticle } from './types'

export const documentsArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'billing-documents',
    topic: 'balance',
    updatedAt: '2026-12-01',
    // Billing documents are the main administrator's (a user does not see them).
    audience: { roles: ['admin'] },
    text: {
      en: {
        title: 'Billing documents',
        summary: 'Where to find the invoices, UPDs and reconciliation acts of your account, and when they are issued.',
        sections: [
          {
            heading: 'Which documents are available',
            paragraphs: [
              'The “Billing documents” tab holds the invoices of your top-ups by bank transfer. Business accounts, sole traders and state institutions that are residents of the RF also get a UPD (universal transfer document) for each month of services and can request reconciliation acts; personal accounts and non-residents get the invoices only.',
            ],
          },
          {
            heading: 'Where to find them',
            paragraphs: [
              'Click “Billing documents” in the “Balance” block of the Control panel home page, or open “Balance and payments” and go to the “Billing documents” tab. Filter the list by year and type (“Invoice”, “UPD”, “Reconciliation act”) and click “Download PDF”: the PDF holds both parties’ requisites, the period, the lines, the total and the VAT.',
            ],
          },
          {
            heading: 'When documents appear',
            paragraphs: [
              'An invoice is issued with every top-up by bank transfer and shows “Pending payment” until the bank credits it, then “Paid”. The UPD of a month is drawn up on the 1st of the next month.',
              'For a reconciliation act click “Request reconciliation act” and choose the period (up to one year, not in the future): the act lists the period’s payments and services with the opening and closing balances, and appears in the list at once.',
            ],
          },
          {
            heading: 'Who can see billing documents',
            paragraphs: [
              'Billing documents are available only to the main administrator of the account. Users of the account see an explanation instead of the list and can ask the main administrator for the documents they need.',
            ],
          },
          {
            heading: 'Paper and EDM originals',
            paragraphs: [
              'Residents of the RF with a Business account, Sole trader or State institution account can receive signed originals through electronic document management, by post or by courier pick-up. See the article “Original billing documents”.',
            ],
          },
        ],
        keywords: ['billing documents', 'invoices', 'invoice', 'UPD', 'universal transfer document', 'reconciliation act', 'VAT', 'PDF'],
      },
      ru: {
        title: 'Финансовые документы',
        summary: 'Где найти счета, УПД и акты сверки вашего аккаунта и когда они формируются.',
        sections: [
          {
            heading: 'Какие документы доступны',
            paragraphs: [
              'На вкладке «Финансовые документы» собраны счета на пополнение баланса банковским переводом. Юридические лица, ИП и государственные учреждения — резиденты РФ — получают ещё УПД (универсальный передаточный документ) за каждый месяц услуг и могут запросить акт сверки; у физических лиц и нерезидентов здесь только счета.',
            ],
          },
          {
            heading: 'Где их найти',
            paragraphs: [
              'Нажмите «Финансовые документы» в блоке «Баланс» на главной странице панели управления или откройте «Баланс и платежи» и перейдите на вкладку «Финансовые документы». Отфильтруйте список по году и типу («Счёт», «УПД», «Акт сверки») и нажмите «Скачать PDF»: в PDF — реквизиты обеих сторон, период, строки, итог и НДС.',
            ],
          },
          {
            heading: 'Когда появляются документы',
            paragraphs: [
              'Счёт выставляется на каждое пополнение банковским переводом и значится как «Ожидает оплаты», пока банк не зачислит деньги, затем — «Оплачен». УПД за месяц формируется 1-го числа следующего месяца.',
              'Чтобы получить акт сверки, нажмите «Запросить акт сверки» и выберите период (не больше года и не в будущем): в акте — платежи и услуги за период, сальдо на начало и на конец; акт сразу появится в списке.',
            ],
          },
          {
            heading: 'Кому доступны документы',
            paragraphs: [
              'Финансовые документы видит только главный администратор аккаунта. Пользователи аккаунта вместо списка видят пояснение и могут попросить нужные документы у главного администратора.',
            ],
          },
          {
            heading: 'Оригиналы документов',
            paragraphs: [
              'Резиденты РФ — юридические лица, индивидуальные предприниматели и государственные учреждения — могут получать оригиналы с подписью через ЭДО, по почте или забирать их курьером. Подробнее — в статье «Оригиналы финансовых документов».',
            ],
          },
        ],
        keywords: ['финансовые документы', 'счёт', 'счета', 'УПД', 'универсальный передаточный документ', 'акт сверки', 'НДС', 'закрывающие документы', 'PDF'],
      },
    },
  },
  {
    slug: 'original-billing-documents',
    topic: 'balance',
    updatedAt: '2026-10-09',
    // The "Original billing documents" block: companies, sole traders and state institutions of
    // the RF, main administrator only.
    audience: { residency: 'resident', accountTypes: ['business', 'sole', 'state'], roles: ['admin'] },
    text: {
      en: {
        title: 'Original billing documents',
        summary: 'How to receive signed originals: electronic document management, post or courier pick-up, and how to change the method.',
        sections: [
          {
            heading: 'Who can receive originals',
            paragraphs: [
              'Signed originals are provided to residents of the RF with a Business account, Sole trader or State institution account. The method of obtaining them is set in the “Original billing documents” block on the “Profile” tab of “Profile and settings”.',
            ],
          },
          {
            heading: 'Electronic document management',
            paragraphs: [
              'If your organization works with an EDM operator, this is the fastest way: documents signed with a qualified electronic signature arrive in your EDM system and have the same legal force as paper ones.',
              'Documents are sent as soon as they are issued. Make sure the INN and KPP in your profile match the ones registered with your EDM operator.',
            ],
          },
          {
            heading: 'Post',
            paragraphs: [
              'Originals are sent by Russian Post once a month to the actual address in your profile. Check that the address, including the postcode, is correct.',
              'Delivery usually takes one to two weeks. The tracking number can be requested by ticket.',
            ],
          },
          {
            heading: 'Courier pick-up',
            paragraphs: [
              'Your courier or representative collects the originals from our office. Create a ticket to agree on the date; the representative needs a power of attorney from your organization.',
            ],
          },
          {
            heading: 'Changing the method',
            paragraphs: [
              'Open “Profile and settings”, go to the “Profile” tab, choose the method in the “Original billing documents” block and click “Save”. The new method applies to documents issued after the change. Only the main administrator can change it.',
            ],
          },
        ],
        keywords: ['original billing documents', 'originals', 'EDM', 'electronic document management', 'post', 'courier', 'pick-up'],
      },
      ru: {
        title: 'Оригиналы финансовых документов',
        summary: 'Как получать оригиналы документов — через ЭДО, по почте или курьером — и как сменить способ получения.',
        sections: [
          {
            heading: 'Кто может получать оригиналы',
            paragraphs: [
              'Оригиналы с подписью доступны резидентам РФ — юридическим лицам, индивидуальным предпринимателям и государственным учреждениям. Способ получения задаётся в блоке «Оригиналы финансовых документов» на вкладке «Профиль» в разделе «Профиль и настройки».',
            ],
          },
          {
            heading: 'Электронный документооборот',
            paragraphs: [
              'Если ваша организация работает с оператором ЭДО, это самый быстрый способ: документы, подписанные квалифицированной электронной подписью, приходят в вашу систему ЭДО и имеют ту же юридическую силу, что и бумажные.',
              'Документы отправляются сразу после формирования. Проверьте, что ИНН и КПП в профиле совпадают с данными, зарегистрированными у вашего оператора ЭДО.',
            ],
          },
          {
            heading: 'Почта',
            paragraphs: [
              'Оригиналы раз в месяц отправляются Почтой России на фактический адрес из профиля. Проверьте, что адрес и индекс указаны верно.',
              'Доставка обычно занимает одну-две недели. Трек-номер отправления можно запросить в тикете.',
            ],
          },
          {
            heading: 'Самовывоз курьером',
            paragraphs: [
              'Ваш курьер или представитель забирает оригиналы в нашем офисе. Создайте тикет, чтобы согласовать дату; представителю понадобится доверенность от организации.',
            ],
          },
          {
            heading: 'Как сменить способ получения',
            paragraphs: [
              'Откройте «Профиль и настройки», перейдите на вкладку «Профиль», выберите способ в блоке «Оригиналы финансовых документов» и нажмите «Сохранить». Новый способ действует для документов, сформированных после изменения. Менять его может только главный администратор.',
            ],
          },
        ],
        keywords: ['оригиналы документов', 'оригиналы', 'ЭДО', 'электронный документооборот', 'почта', 'курьер', 'самовывоз'],
      },
    },
  },
]
