// Knowledge-base article about the referral program.
import type { KnowledgeBaseArticle } from './types'

export const referralArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'referral-program',
    topic: 'referral',
    updatedAt: '2026-11-01',
    text: {
      en: {
        title: 'Referral program',
        summary: 'Recommend our services and receive 10–15% of what your referrals spend. How rewards are paid and how to join.',
        sections: [
          {
            heading: 'How the program works',
            paragraphs: [
              'Participants recommend our services on their site, blog or channel with a personal referral link. Customers who register through the link become your referrals, and you receive a reward for their spending on services.',
              'Open “Referral program” in the account menu in the upper right corner to read the terms and send a request to participate.',
            ],
          },
          {
            heading: 'The reward',
            paragraphs: [
              'The reward is 10% of your referrals’ spending. If their total spending in a month exceeds 1 000 000 ₽, the reward for that month is 15%.',
              'Only money actually spent on services counts: top-ups that have not been spent, bonus funds and refunds do not. Spending of your own accounts does not count either.',
            ],
          },
          {
            heading: 'Payment and withdrawal',
            paragraphs: [
              'The reward for a month is credited to the referral balance by the 15th of the next month. You can transfer it to the main balance and pay for services with it.',
              'Withdrawal to a bank account is available once the referral balance reaches 10 000 ₽.',
            ],
          },
          {
            heading: 'Request to participate',
            paragraphs: [
              'In the request, give the URL of your site or channel, describe its audience and how you plan to promote our services, and confirm your consent to the program terms.',
              'We review every request and send the answer to the email of the account. After approval, your referral link appears in the “Referral program” section.',
            ],
          },
        ],
        keywords: ['referral program', 'referral', 'partner', 'reward', '10%', '15%', 'withdrawal', 'referral link', 'request'],
      },
      ru: {
        title: 'Реферальная программа',
        summary: 'Рекомендуйте наши услуги и получайте 10–15% от расходов привлечённых клиентов. Как начисляется вознаграждение и как стать участником.',
        sections: [
          {
            heading: 'Как работает программа',
            paragraphs: [
              'Участники рекомендуют наши услуги на своём сайте, в блоге или канале по персональной реферальной ссылке. Клиенты, которые зарегистрировались по ссылке, становятся вашими рефералами, а вы получаете вознаграждение с их расходов на услуги.',
              'Условия программы и заявка на участие — в разделе «Реферальная программа» меню аккаунта в правом верхнем углу.',
            ],
          },
          {
            heading: 'Размер вознаграждения',
            paragraphs: [
              'Вознаграждение составляет 10% от расходов ваших рефералов. Если за месяц они в сумме потратили больше 1 000 000 ₽, вознаграждение за этот месяц — 15%.',
              'Учитываются только средства, фактически потраченные на услуги: неизрасходованные пополнения, бонусы и возвраты не считаются. Расходы ваших собственных аккаунтов тоже не учитываются.',
            ],
          },
          {
            heading: 'Начисление и вывод',
            paragraphs: [
              'Вознаграждение за месяц зачисляется на реферальный баланс до 15-го числа следующего месяца. Его можно перевести на основной баланс и оплачивать им услуги.',
              'Вывести вознаграждение на банковский счёт можно, когда на реферальном балансе накопится от 10 000 ₽.',
            ],
          },
          {
            heading: 'Заявка на участие',
            paragraphs: [
              'В заявке укажите адрес сайта или канала, опишите аудиторию и способ продвижения наших услуг и подтвердите согласие с условиями программы.',
              'Мы рассматриваем каждую заявку и присылаем ответ на почту аккаунта. После одобрения ваша реферальная ссылка появится в разделе «Реферальная программа».',
            ],
          },
        ],
        keywords: ['реферальная программа', 'реферал', 'партнёр', 'вознаграждение', '10%', '15%', 'вывод средств', 'реферальная ссылка', 'заявка'],
      },
    },
  },
]
