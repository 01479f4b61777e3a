// Knowledge-base articles about the account and its profile: registration, editing, transfer, GDPR.
import type { KnowledgeBaseArticle } from './types'

export const profileArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'register-account',
    topic: 'profile',
    updatedAt: '2026-09-30',
    text: {
      en: {
        title: 'Register an account',
        summary: 'Account types, residency and what to check before you register in the Control panel.',
        sections: [
          {
            heading: 'Choose the account type',
            paragraphs: [
              'Choose “Personal account” if you order services as an individual, “Business account” for a company, “Sole trader” for an individual entrepreneur and “State institution” for a state or municipal organization.',
              'The account type cannot be changed after registration, because the contract is concluded with that type of customer. If you chose the wrong type, register a new account and transfer the services to it by ticket.',
            ],
          },
          {
            heading: 'Residency',
            paragraphs: [
              'Specify whether you are a resident of the Russian Federation. Personal and Business accounts can be registered by non-residents; they also state their country, and a non-resident company gives its VATIN instead of an INN. Sole traders and state institutions are always residents of the RF.',
              'The set of profile fields and billing documents depends on the account type and residency.',
            ],
          },
          {
            heading: 'Email and password',
            paragraphs: [
              'The email is used to log in and to receive notifications, so use an address you check regularly. The password must be 8 to 128 characters long and contain at least one letter and one digit.',
            ],
          },
          {
            heading: 'After registration',
            paragraphs: [
              'The person who registers the account becomes its main administrator. Fill in the profile on the “Profile” tab of “Profile and settings”, top up the balance, and you can order services. Later you can invite colleagues as users of the account.',
            ],
          },
        ],
        keywords: ['register', 'sign up', 'account type', 'residency', 'non-resident', 'personal account', 'business account', 'sole trader', 'state institution'],
      },
      ru: {
        title: 'Регистрация аккаунта',
        summary: 'Типы аккаунтов, резидентство и что проверить перед регистрацией в панели управления.',
        sections: [
          {
            heading: 'Выберите тип аккаунта',
            paragraphs: [
              'Выберите «Физическое лицо», если заказываете услуги как частное лицо, «Юридическое лицо» — для компании, «Индивидуальный предприниматель» — для ИП, «Государственное учреждение» — для государственной или муниципальной организации.',
              'Тип аккаунта нельзя изменить после регистрации: договор заключается с клиентом определённого типа. Если тип выбран неверно, зарегистрируйте новый аккаунт и перенесите на него услуги через тикет.',
            ],
          },
          {
            heading: 'Резидентство',
            paragraphs: [
              'Укажите, являетесь ли вы резидентом РФ. Физические и юридические лица могут регистрироваться как нерезиденты — тогда нужно указать страну, а иностранная компания вместо ИНН указывает VATIN. Индивидуальные предприниматели и государственные учреждения всегда являются резидентами РФ.',
              'От типа аккаунта и резидентства зависят поля профиля и набор финансовых документов.',
            ],
          },
          {
            heading: 'Почта и пароль',
            paragraphs: [
              'Электронная почта нужна для входа в панель и получения уведомлений, поэтому укажите адрес, который вы регулярно проверяете. Пароль должен содержать от 8 до 128 символов, в том числе хотя бы одну букву и одну цифру.',
            ],
          },
          {
            heading: 'После регистрации',
            paragraphs: [
              'Тот, кто зарегистрировал аккаунт, становится его главным администратором. Заполните данные на вкладке «Профиль» в разделе «Профиль и настройки», пополните баланс — и можно заказывать услуги. Позже вы сможете пригласить коллег в качестве пользователей аккаунта.',
            ],
          },
        ],
        keywords: ['регистрация', 'зарегистрироваться', 'тип аккаунта', 'резидентство', 'нерезидент', 'физическое лицо', 'юридическое лицо', 'ИП', 'государственное учреждение'],
      },
    },
  },
  {
    slug: 'change-profile-data',
    topic: 'profile',
    updatedAt: '2026-11-10',
    text: {
      en: {
        title: 'Change profile data',
        summary: 'How to edit the profile, why a ticket is created to confirm a changed value, and what applies at once.',
        sections: [
          {
            heading: 'Where the profile data are',
            paragraphs: [
              'Choose “Profile and settings” in the account menu in the upper right corner. The “Profile” tab shows the client data provided at registration; the fields depend on the account type, residency and your role. If the account has a personal discount, it is shown here too.',
            ],
          },
          {
            heading: 'How to edit',
            paragraphs: [
              'Click “Change” on the “Profile” tab, enter the new data in the edit form and click “Save”. If something is entered incorrectly, the form highlights the field and explains what to fix; nothing you typed is lost.',
            ],
          },
          {
            heading: 'Filling an empty field applies at once',
            paragraphs: [
              'If a field was empty, for example a fax number or the place of birth, the value you enter is saved immediately and needs no confirmation.',
            ],
          },
          {
            heading: 'Why a ticket is created for a changed value',
            paragraphs: [
              'If you change a value that was entered before, a ticket is created automatically to confirm the change. This protects the account: the data are part of the contract, and we make sure the change is made by you.',
              'Until the change is confirmed, the tab shows it as pending with a link to the ticket, and the previous value remains in effect. Support may ask for a supporting document in the ticket, for example a scan of the passport page or an extract from the register of legal entities.',
            ],
          },
          {
            heading: 'Who can change what',
            paragraphs: [
              'Company information of Business accounts, Sole traders and State institutions can be changed only by the main administrator; users see it read-only and can edit their own contact details.',
              'The INN, the VATIN and the full name of a Personal account cannot be changed at all. The article “Transfer services to a new account” explains why and what to do instead.',
            ],
          },
        ],
        keywords: ['profile', 'change', 'edit', 'personal data', 'company information', 'confirmation ticket', 'pending change', 'discount'],
      },
      ru: {
        title: 'Изменение данных профиля',
        summary: 'Как отредактировать профиль, зачем создаётся тикет на подтверждение изменений и что применяется сразу.',
        sections: [
          {
            heading: 'Где находятся данные профиля',
            paragraphs: [
              'Выберите «Профиль и настройки» в меню аккаунта в правом верхнем углу. На вкладке «Профиль» показаны данные, указанные при регистрации; набор полей зависит от типа аккаунта, резидентства и вашей роли. Если у аккаунта есть персональная скидка, она тоже указана здесь.',
            ],
          },
          {
            heading: 'Как отредактировать данные',
            paragraphs: [
              'Нажмите «Изменить» на вкладке «Профиль», внесите новые данные в форму и нажмите «Сохранить». Если что-то введено неверно, форма подсветит поле и подскажет, что исправить, — введённые данные при этом не потеряются.',
            ],
          },
          {
            heading: 'Заполнение пустого поля применяется сразу',
            paragraphs: [
              'Если поле было пустым — например, факс или место рождения, — новое значение сохраняется сразу и не требует подтверждения.',
            ],
          },
          {
            heading: 'Зачем создаётся тикет при изменении данных',
            paragraphs: [
              'Если вы меняете уже заполненное значение, автоматически создаётся тикет на подтверждение изменений. Так мы защищаем аккаунт: данные профиля входят в договор, и мы должны убедиться, что изменения вносите именно вы.',
              'Пока изменения не подтверждены, на вкладке они отмечены как ожидающие, рядом есть ссылка на тикет, а действует прежнее значение. В тикете поддержка может попросить подтверждающий документ — например, скан страницы паспорта или выписку из ЕГРЮЛ.',
            ],
          },
          {
            heading: 'Кто и что может менять',
            paragraphs: [
              'Данные компании у юридических лиц, ИП и государственных учреждений может менять только главный администратор. Пользователи видят их без возможности редактирования и могут менять только свои контактные данные.',
              'ИНН, VATIN и ФИО владельца аккаунта физического лица изменить нельзя. Почему так и что делать — в статье «Перенос услуг на новый аккаунт».',
            ],
          },
        ],
        keywords: ['профиль', 'изменить', 'редактирование', 'персональные данные', 'данные компании', 'тикет на подтверждение', 'скидка'],
      },
    },
  },
  {
    slug: 'transfer-services',
    topic: 'profile',
    updatedAt: '2026-10-27',
    text: {
      en: {
        title: 'Transfer services to a new account',
        summary: 'Why the INN, the VATIN and the full name of a Personal account cannot be changed, and how to move services to another account.',
        sections: [
          {
            heading: 'What cannot be changed',
            paragraphs: [
              'The INN and the VATIN cannot be changed for any account type, and the full name of a Personal account cannot be replaced with the name of another person. The account type chosen at registration cannot be changed either.',
            ],
          },
          {
            heading: 'Why',
            paragraphs: [
              'The contract is concluded with a specific person or organization, identified by these data. Changing them would mean a different party to the contract, and a contract cannot be renewed for another party.',
            ],
          },
          {
            heading: 'How to transfer the services',
            paragraphs: [
              'Register a new account with the correct data and fill in its profile. Then log in to the old account and create a ticket asking to transfer the services to the new account; give the email of the new account and list the services to transfer.',
              'Support checks the request and may ask the new account to confirm it. The services keep running during the transfer.',
            ],
          },
          {
            heading: 'The balance and documents of the old account',
            paragraphs: [
              'State in the same ticket what to do with the funds left on the old account; support will tell you the available options. Billing documents of the old account stay available in it, so download the ones you need before you stop using it.',
            ],
          },
          {
            heading: 'If your own name has changed',
            paragraphs: [
              'If the holder of a Personal account changed their name, for example after marriage, this is not a transfer to another person. Create a ticket: support will tell you which document confirms the change and will update the data.',
            ],
          },
        ],
        keywords: ['transfer services', 'new account', 'INN', 'VATIN', 'full name', 'contract', 'renew contract', 'change owner'],
      },
      ru: {
        title: 'Перенос услуг на новый аккаунт',
        summary: 'Почему нельзя изменить ИНН, VATIN и ФИО владельца аккаунта физического лица и как перенести услуги на другой аккаунт.',
        sections: [
          {
            heading: 'Что изменить нельзя',
            paragraphs: [
              'ИНН и VATIN нельзя изменить ни для одного типа аккаунта, а в аккаунте физического лица нельзя указать ФИО другого человека. Тип аккаунта, выбранный при регистрации, тоже не меняется.',
            ],
          },
          {
            heading: 'Почему',
            paragraphs: [
              'Договор заключается с конкретным человеком или организацией, которых определяют именно эти данные. Их изменение означало бы смену стороны договора, а переоформить договор на другое лицо нельзя.',
            ],
          },
          {
            heading: 'Как перенести услуги',
            paragraphs: [
              'Зарегистрируйте новый аккаунт с правильными данными и заполните его профиль. Затем войдите в старый аккаунт и создайте тикет с просьбой перенести услуги на новый: укажите почту нового аккаунта и перечислите услуги для переноса.',
              'Поддержка проверит запрос и может попросить подтвердить его из нового аккаунта. Во время переноса услуги продолжают работать.',
            ],
          },
          {
            heading: 'Баланс и документы старого аккаунта',
            paragraphs: [
              'В том же тикете укажите, что сделать с остатком средств на старом аккаунте, — поддержка расскажет о доступных вариантах. Финансовые документы остаются в старом аккаунте, поэтому скачайте нужные заранее.',
            ],
          },
          {
            heading: 'Если изменились ваши собственные ФИО',
            paragraphs: [
              'Если владелец аккаунта физического лица сменил фамилию, например после вступления в брак, это не передача услуг другому человеку. Создайте тикет: поддержка подскажет, какой документ подтверждает изменение, и обновит данные.',
            ],
          },
        ],
        keywords: ['перенос услуг', 'новый аккаунт', 'ИНН', 'VATIN', 'ФИО', 'договор', 'переоформление договора', 'смена владельца'],
      },
    },
  },
  {
    slug: 'gdpr',
    topic: 'profile',
    updatedAt: '2026-10-18',
    // The GDPR block: Business accounts of non-residents, main administrator only.
    audience: { residency: 'nonresident', accountTypes: ['business'], roles: ['admin'] },
    text: {
      en: {
        title: 'GDPR: personal data archive and account deletion',
        summary: 'How non-resident business accounts request an archive of their personal data and delete the account.',
        sections: [
          {
            heading: 'Who has the GDPR block',
            paragraphs: [
              'The “GDPR” block is shown on the “Profile” tab of “Profile and settings” for Business accounts of non-residents of the RF. Only the main administrator of the account sees it.',
            ],
          },
          {
            heading: 'Request a personal data archive',
            paragraphs: [
              'Request the archive in the “GDPR” block. It contains all personal data we process and store for your account: the profile, the users of the account, contact details, login history and tickets.',
              'Preparing the archive takes some time. When it is ready, it can be downloaded from the same block as a JSON file.',
            ],
          },
          {
            heading: 'Delete the account',
            paragraphs: [
              'To delete the account, start the deletion in the “GDPR” block and type the requested confirmation text. The deletion is permanent: the account, its users and its data cannot be restored.',
              'The deletion is refused while the balance is positive or services are still running.',
            ],
          },
          {
            heading: 'Before you delete',
            paragraphs: [
              'Delete all services and agree with support by ticket on what to do with the remaining funds. Download the personal data archive and the billing documents you need: after deletion they are no longer available.',
            ],
          },
        ],
        keywords: ['GDPR', 'personal data', 'archive', 'JSON', 'delete account', 'non-resident', 'right to be forgotten'],
      },
      ru: {
        title: 'GDPR: архив персональных данных и удаление аккаунта',
        summary: 'Как юридическому лицу — нерезиденту РФ запросить архив своих персональных данных и удалить аккаунт.',
        sections: [
          {
            heading: 'У кого есть блок GDPR',
            paragraphs: [
              'Блок «GDPR» отображается на вкладке «Профиль» в разделе «Профиль и настройки» у юридических лиц — нерезидентов РФ. Его видит только главный администратор аккаунта.',
            ],
          },
          {
            heading: 'Как запросить архив персональных данных',
            paragraphs: [
              'Запросите архив в блоке «GDPR». В нём собраны все персональные данные, которые мы обрабатываем и храним по вашему аккаунту: профиль, пользователи аккаунта, контактные данные, история входов и тикеты.',
              'Подготовка архива занимает некоторое время. Когда он будет готов, его можно скачать в том же блоке в виде файла JSON.',
            ],
          },
          {
            heading: 'Как удалить аккаунт',
            paragraphs: [
              'Чтобы удалить аккаунт, запустите удаление в блоке «GDPR» и введите указанный текст подтверждения. Удаление необратимо: аккаунт, его пользователей и данные восстановить не получится.',
              'Удалить аккаунт нельзя, пока на балансе есть средства или работают услуги.',
            ],
          },
          {
            heading: 'Перед удалением',
            paragraphs: [
              'Удалите все услуги и согласуйте в тикете, что сделать с остатком средств. Скачайте архив персональных данных и нужные финансовые документы: после удаления они будут недоступны.',
            ],
          },
        ],
        keywords: ['GDPR', 'персональные данные', 'архив', 'JSON', 'удалить аккаунт', 'нерезидент', 'право на забвение'],
      },
    },
  },
]
