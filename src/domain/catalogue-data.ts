// The catalogue of actions: 18 per theme, six per modality, written in French and English.
// Ids are stable: submissions refer to them, so rename an action's text, never its id.
import type { ActionSource } from './action';

export const CATALOGUE_SOURCE: readonly ActionSource[] = [
  // Numérique plus sobre (sobriety): lower-carbon digital
  {
    id: 'sob-team-digital-fresco',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Faire un atelier Fresque du numérique en équipe',
      en: 'Take part in a digital-impact fresco as a team',
    },
    howTo: {
      fr: [
        'Réservez trois heures avec votre équipe et participez à un atelier de fresque sur les impacts environnementaux du numérique.',
        'Envoyez une photo de la fresque terminée par l’équipe.',
      ],
      en: [
        'Book three hours with your team and take part in a fresco workshop on the environmental impacts of digital technology.',
        'Send a photo of the fresco your team completed.',
      ],
    },
  },
  {
    id: 'sob-responsible-digital-mooc',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Suivre un MOOC sur les fondamentaux du numérique responsable',
      en: 'Take a MOOC on the basics of responsible digital technology',
    },
    howTo: {
      fr: [
        'Inscrivez-vous à un MOOC gratuit sur le numérique responsable et suivez-le jusqu’au bout.',
        'Partagez le lien vers votre attestation de réussite.',
      ],
      en: [
        'Sign up for a free MOOC on responsible digital technology and follow it through to the end.',
        'Share the link to your certificate of completion.',
      ],
    },
  },
  {
    id: 'sob-read-footprint-study',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Lire une étude sur l’empreinte environnementale du numérique',
      en: 'Read a study on the environmental footprint of digital technology',
    },
    howTo: {
      fr: [
        'Lisez la synthèse d’une étude publique sur l’empreinte du numérique et repérez la part due à la fabrication des appareils.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Read the summary of a public study on the footprint of digital technology and note the share due to making devices.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'sob-estimate-personal-footprint',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Estimer l’empreinte carbone de ses usages numériques',
      en: 'Estimate the carbon footprint of your digital habits',
    },
    howTo: {
      fr: [
        'Utilisez un simulateur public d’empreinte numérique en y listant vos appareils et vos usages.',
        'Indiquez votre résultat et le levier qui pèse le plus dans votre cas.',
      ],
      en: [
        'Use a public digital footprint calculator, listing your devices and how you use them.',
        'Give your result and the lever that weighs most in your case.',
      ],
    },
  },
  {
    id: 'sob-measure-page-weight',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Mesurer le poids d’une page web sur laquelle on travaille',
      en: 'Measure the weight of a web page you work on',
    },
    howTo: {
      fr: [
        'Analysez une page avec un outil d’analyse d’écoconception ou avec les outils de développement du navigateur.',
        'Indiquez le poids de la page, son nombre de requêtes et une piste pour l’alléger.',
      ],
      en: [
        'Analyse a page with an eco-design analysis tool or with your browser’s developer tools.',
        'Give the page weight, its number of requests and one idea to make it lighter.',
      ],
    },
  },
  {
    id: 'sob-read-ecodesign-guidelines',
    theme: 'sobriety',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Parcourir le référentiel d’écoconception des services numériques',
      en: 'Go through the eco-design guidelines for digital services',
    },
    howTo: {
      fr: [
        'Lisez le référentiel général d’écoconception de services numériques (RGESN) et repérez les critères liés à votre métier.',
        'Citez trois critères que vous pourriez appliquer dans votre travail.',
      ],
      en: [
        'Read the French general guidelines for eco-designing digital services (RGESN) and find the criteria for your job.',
        'Name three criteria you could apply in your work.',
      ],
    },
  },
  {
    id: 'sob-buy-refurbished-device',
    theme: 'sobriety',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Acheter un appareil reconditionné plutôt que neuf',
      en: 'Buy a refurbished device instead of a new one',
    },
    howTo: {
      fr: [
        'Pour votre prochain ordinateur, téléphone ou écran, choisissez un modèle reconditionné vendu avec une garantie.',
        'Envoyez une photo de l’appareil ou de sa facture, sans donnée personnelle visible.',
      ],
      en: [
        'For your next computer, phone or screen, choose a refurbished model sold with a warranty.',
        'Send a photo of the device or its invoice, with no personal data showing.',
      ],
    },
  },
  {
    id: 'sob-keep-phone-five-years',
    theme: 'sobriety',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'S’engager à garder son téléphone au moins cinq ans',
      en: 'Commit to keeping your phone for at least five years',
    },
    howTo: {
      fr: [
        'Protégez votre téléphone, changez sa batterie quand elle faiblit et ne le remplacez pas avant ses cinq ans.',
        'Indiquez l’âge actuel de votre téléphone et ce que vous ferez pour le faire durer.',
      ],
      en: [
        'Protect your phone, replace its battery when it weakens and do not replace the phone before it is five.',
        'Give your phone’s current age and what you will do to make it last.',
      ],
    },
  },
  {
    id: 'sob-camera-off-in-meetings',
    theme: 'sobriety',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'daily' },
    title: {
      fr: 'Couper sa caméra en réunion quand elle n’est pas utile',
      en: 'Turn off your camera in meetings where it isn’t needed',
    },
    howTo: {
      fr: [
        'Dans les réunions en ligne où l’image n’apporte rien, gardez la caméra coupée et proposez-le aux autres.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'In online meetings where video adds nothing, keep your camera off and suggest others do the same.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'sob-repair-broken-device',
    theme: 'sobriety',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Faire réparer un appareil plutôt que le remplacer',
      en: 'Get a device repaired instead of replacing it',
    },
    howTo: {
      fr: [
        'Confiez un appareil en panne à un réparateur ou à un atelier de réparation bénévole, ou réparez-le vous-même.',
        'Envoyez une photo de l’appareil réparé ou du ticket de réparation.',
      ],
      en: [
        'Take a broken device to a repair shop or a volunteer repair café, or fix it yourself.',
        'Send a photo of the repaired device or of the repair receipt.',
      ],
    },
  },
  {
    id: 'sob-collect-old-equipment',
    theme: 'sobriety',
    modality: 'act',
    effort: 'large',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Organiser une collecte de vieux matériel informatique',
      en: 'Organise a collection of old IT equipment',
    },
    howTo: {
      fr: [
        'Collectez en équipe les appareils dormants des collègues, faites effacer leurs données et confiez-les à une filière de réemploi.',
        'Envoyez une photo du matériel collecté avant son départ.',
      ],
      en: [
        'As a team, gather colleagues’ unused devices, have their data wiped and hand them over to a reuse organisation.',
        'Send a photo of the collected equipment before it leaves.',
      ],
    },
  },
  {
    id: 'sob-choose-lower-impact-host',
    theme: 'sobriety',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Choisir un hébergement web à moindre impact',
      en: 'Choose a lower-impact web host',
    },
    howTo: {
      fr: [
        'Pour un site que vous gérez, comparez les hébergeurs sur leur énergie, leur refroidissement et la durée de vie du matériel.',
        'Expliquez en quelques lignes l’hébergeur retenu et pourquoi, ou la migration que vous avez proposée.',
      ],
      en: [
        'For a site you manage, compare hosts on their energy, their cooling and how long they keep their hardware.',
        'Explain in a few lines which host you chose and why, or the move you proposed.',
      ],
    },
  },
  {
    id: 'sob-present-eco-habits',
    theme: 'sobriety',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Présenter trois écogestes numériques en réunion d’équipe',
      en: 'Present three digital eco-habits at a team meeting',
    },
    howTo: {
      fr: [
        'Prenez cinq minutes en réunion pour présenter trois gestes simples qui réduisent l’impact du numérique.',
        'Indiquez la réunion, les gestes présentés et les réactions de vos collègues.',
      ],
      en: [
        'Take five minutes in a meeting to present three simple habits that reduce the environmental impact of digital tools.',
        'Name the meeting, the habits you presented and how your colleagues reacted.',
      ],
    },
  },
  {
    id: 'sob-post-device-footprint',
    theme: 'sobriety',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Publier un post sur l’impact de la fabrication des appareils',
      en: 'Post about the impact of manufacturing devices',
    },
    howTo: {
      fr: [
        'Rédigez un court post sur un réseau social ou sur l’intranet pour expliquer pourquoi faire durer ses appareils compte le plus.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Write a short post on social media or on the intranet explaining why making devices last matters most.',
        'Share the link to your post.',
      ],
    },
  },
  {
    id: 'sob-share-device-care-tip',
    theme: 'sobriety',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Partager une astuce pour faire durer ses appareils',
      en: 'Share a tip for making devices last',
    },
    howTo: {
      fr: [
        'Postez dans la messagerie de l’équipe une astuce concrète pour prolonger la vie d’un ordinateur ou d’un téléphone.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Post a practical tip in your team chat for extending the life of a computer or a phone.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'sob-lead-fresco-workshop',
    theme: 'sobriety',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Animer une Fresque du numérique pour des collègues',
      en: 'Lead a digital-impact fresco for colleagues',
    },
    howTo: {
      fr: [
        'Formez-vous à l’animation de la fresque, puis animez une session pour des collègues ou pour une autre équipe.',
        'Envoyez une photo de la session, avec l’accord des personnes présentes.',
      ],
      en: [
        'Train as a facilitator of the fresco, then run a session for colleagues or for another team.',
        'Send a photo of the session, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'sob-add-ecodesign-criteria',
    theme: 'sobriety',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Ajouter des critères d’écoconception aux règles de son équipe',
      en: 'Add eco-design criteria to your team’s working rules',
    },
    howTo: {
      fr: [
        'Proposez d’ajouter deux ou trois critères d’écoconception à la liste de vérification des revues de l’équipe.',
        'Partagez le lien vers la page ou la modification qui ajoute ces critères.',
      ],
      en: [
        'Suggest adding two or three eco-design criteria to your team’s review checklist or definition of done.',
        'Share the link to the page or the change that adds these criteria.',
      ],
    },
  },
  {
    id: 'sob-suggest-refurbished-purchases',
    theme: 'sobriety',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Suggérer à son entreprise d’acheter du matériel reconditionné',
      en: 'Suggest your company buys refurbished equipment',
    },
    howTo: {
      fr: [
        'Écrivez aux achats ou au service informatique pour proposer du matériel reconditionné et des durées d’usage plus longues.',
        'Résumez votre message et la réponse reçue.',
      ],
      en: [
        'Write to purchasing or IT to suggest buying refurbished equipment and keeping it in use for longer.',
        'Sum up your message and the answer you got.',
      ],
    },
  },
  // Numérique plus citoyen (citizenship): inclusion, commons, open data, information
  {
    id: 'cit-digital-exclusion-figures',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Découvrir les chiffres de l’illectronisme',
      en: 'Learn the key figures on digital exclusion',
    },
    howTo: {
      fr: [
        'Lisez une enquête publique récente sur l’illectronisme et les difficultés d’accès aux démarches en ligne.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Read a recent public survey on digital illiteracy and on the barriers to completing procedures online.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'cit-learn-fact-checking',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Se former à la vérification de l’information',
      en: 'Learn how to fact-check information',
    },
    howTo: {
      fr: [
        'Suivez un module en ligne sur la vérification des sources, des images et des vidéos.',
        'Partagez le lien vers l’attestation ou vers la page du module suivi.',
      ],
      en: [
        'Follow an online course on checking sources, images and videos.',
        'Share the link to your certificate or to the page of the course you followed.',
      ],
    },
  },
  {
    id: 'cit-explore-open-data',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Explorer un jeu de données publiques ouvertes',
      en: 'Explore a public open data set',
    },
    howTo: {
      fr: [
        'Parcourez le portail national ou local de données ouvertes et choisissez un jeu de données qui vous intéresse.',
        'Décrivez le jeu de données choisi et une idée d’usage utile.',
      ],
      en: [
        'Browse the national or local open data portal and pick a data set that interests you.',
        'Describe the data set you picked and one useful way to use it.',
      ],
    },
  },
  {
    id: 'cit-watch-digital-commons-talk',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Regarder une conférence sur les communs numériques',
      en: 'Watch a talk on digital commons',
    },
    howTo: {
      fr: [
        'Visionnez une conférence ou écoutez un podcast sur les logiciels libres, les données ouvertes ou les communs numériques.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Watch a talk or listen to a podcast on free software, open data or digital commons.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'cit-understand-recommendation',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Comprendre comment les réseaux sociaux trient l’information',
      en: 'Understand how social media rank what you see',
    },
    howTo: {
      fr: [
        'Lisez un article ou un rapport sur les algorithmes de recommandation et la diffusion des fausses informations.',
        'Résumez en quelques lignes ce que vous avez appris.',
      ],
      en: [
        'Read an article or a report on recommendation algorithms and the spread of false information.',
        'Sum up in a few lines what you learnt.',
      ],
    },
  },
  {
    id: 'cit-team-media-literacy',
    theme: 'citizenship',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Faire un atelier d’éducation aux médias en équipe',
      en: 'Take a media literacy workshop as a team',
    },
    howTo: {
      fr: [
        'Réunissez l’équipe une heure pour un atelier ou un quiz sur la désinformation, à partir de vrais exemples.',
        'Envoyez une photo de l’équipe pendant l’atelier, avec l’accord des personnes présentes.',
      ],
      en: [
        'Gather your team for an hour for a workshop or a quiz on misinformation, based on real examples.',
        'Send a photo of your team during the workshop, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'cit-help-with-online-procedure',
    theme: 'citizenship',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Aider un proche à réaliser une démarche en ligne',
      en: 'Help a relative complete an online procedure',
    },
    howTo: {
      fr: [
        'Accompagnez un proche ou un voisin peu à l’aise avec le numérique dans une démarche en ligne, sans la faire à sa place.',
        'Racontez en quelques lignes la démarche et ce que la personne sait désormais faire seule.',
      ],
      en: [
        'Guide a relative or neighbour who is uneasy with digital tools through an online procedure, without doing it for them.',
        'Describe in a few lines the procedure and what the person can now do on their own.',
      ],
    },
  },
  {
    id: 'cit-improve-encyclopedia-article',
    theme: 'citizenship',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Améliorer un article de l’encyclopédie libre en ligne',
      en: 'Improve an article in the free online encyclopedia',
    },
    howTo: {
      fr: [
        'Corrigez, complétez ou sourcez un article sur un sujet que vous connaissez, en suivant les règles de la communauté.',
        'Partagez le lien vers l’historique de votre modification.',
      ],
      en: [
        'Correct, expand or add sources to an article on a subject you know, following the community’s rules.',
        'Share the link to the history of your edit.',
      ],
    },
  },
  {
    id: 'cit-map-your-neighbourhood',
    theme: 'citizenship',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Compléter la carte collaborative libre de son quartier',
      en: 'Add your neighbourhood to a free collaborative map',
    },
    howTo: {
      fr: [
        'Ajoutez ou corrigez des commerces, des rampes d’accès ou des horaires sur une carte libre et collaborative.',
        'Partagez le lien vers votre ensemble de modifications.',
      ],
      en: [
        'Add or correct shops, access ramps or opening hours on a free, collaborative map.',
        'Share the link to your set of changes.',
      ],
    },
  },
  {
    id: 'cit-contribute-open-source',
    theme: 'citizenship',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 2 },
    title: { fr: 'Contribuer à un logiciel libre', en: 'Contribute to an open-source project' },
    howTo: {
      fr: [
        'Proposez une correction, une traduction ou de la documentation à un projet libre que vous utilisez.',
        'Partagez le lien vers votre contribution, acceptée ou en cours de revue.',
      ],
      en: [
        'Offer a fix, a translation or some documentation to an open-source project you use.',
        'Share the link to your contribution, merged or under review.',
      ],
    },
  },
  {
    id: 'cit-answer-public-consultation',
    theme: 'citizenship',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Répondre à une consultation publique sur le numérique',
      en: 'Answer a public consultation on digital policy',
    },
    howTo: {
      fr: [
        'Donnez votre avis dans une consultation publique, locale, nationale ou européenne, qui porte sur une question numérique.',
        'Indiquez la consultation et le point principal de votre réponse.',
      ],
      en: [
        'Give your opinion in a local, national or European public consultation on a digital issue.',
        'Name the consultation and the main point of your answer.',
      ],
    },
  },
  {
    id: 'cit-team-publish-open-data',
    theme: 'citizenship',
    modality: 'act',
    effort: 'large',
    scope: 'team',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Ouvrir un jeu de données de son entreprise',
      en: 'Publish an open data set from your company',
    },
    howTo: {
      fr: [
        'Repérez en équipe des données non sensibles utiles au public et publiez-les sous licence ouverte avec l’accord de l’entreprise.',
        'Partagez le lien vers le jeu de données publié.',
      ],
      en: [
        'As a team, find non-sensitive data useful to the public and publish it under an open licence with your company’s approval.',
        'Share the link to the published data set.',
      ],
    },
  },
  {
    id: 'cit-run-digital-basics-workshop',
    theme: 'citizenship',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Animer un atelier numérique pour des débutants',
      en: 'Run a digital skills workshop for beginners',
    },
    howTo: {
      fr: [
        'Avec une association ou une médiathèque, animez une séance pour aider des débutants à utiliser un smartphone ou la messagerie.',
        'Envoyez une photo de l’atelier, avec l’accord des personnes présentes.',
      ],
      en: [
        'With a non-profit or a library, run a session helping beginners use a smartphone or email.',
        'Send a photo of the workshop, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'cit-share-fact-checking-habits',
    theme: 'citizenship',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Partager ses réflexes pour vérifier une information',
      en: 'Share your habits for checking information',
    },
    howTo: {
      fr: [
        'Publiez un post ou un message interne avec trois réflexes simples pour vérifier une information avant de la partager.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Publish a post or an internal message with three simple habits for checking information before sharing it.',
        'Share the link to your post.',
      ],
    },
  },
  {
    id: 'cit-introduce-free-software',
    theme: 'citizenship',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Faire découvrir un logiciel libre à ses collègues',
      en: 'Introduce colleagues to a piece of free software',
    },
    howTo: {
      fr: [
        'Présentez à vos collègues un logiciel libre qui peut remplacer un outil propriétaire utilisé par l’équipe.',
        'Indiquez le logiciel présenté et à qui vous l’avez montré.',
      ],
      en: [
        'Show your colleagues a piece of free software that could replace a proprietary tool your team uses.',
        'Name the software you presented and who you showed it to.',
      ],
    },
  },
  {
    id: 'cit-propose-open-sourcing-tool',
    theme: 'citizenship',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Proposer de publier un outil interne en open source',
      en: 'Propose open-sourcing an internal tool',
    },
    howTo: {
      fr: [
        'Repérez un outil interne réutilisable par d’autres et rédigez une proposition pour le publier sous licence libre.',
        'Résumez la proposition et à qui vous l’avez adressée.',
      ],
      en: [
        'Find an internal tool others could reuse and write a proposal to publish it under an open licence.',
        'Sum up the proposal and who you sent it to.',
      ],
    },
  },
  {
    id: 'cit-list-local-digital-help',
    theme: 'citizenship',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Faire connaître les lieux d’aide au numérique près de chez soi',
      en: 'Spread the word about local digital help centres',
    },
    howTo: {
      fr: [
        'Repérez les lieux de médiation numérique près de chez vous et envoyez-en la liste à vos proches ou à vos collègues.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Find the places offering digital help near you and send the list to your family or colleagues.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'cit-teach-critical-thinking',
    theme: 'citizenship',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Aider un jeune à repérer les fausses informations en ligne',
      en: 'Teach a young person to spot false information online',
    },
    howTo: {
      fr: [
        'Prenez un moment avec un enfant ou un adolescent pour décrypter ensemble des contenus trouvés en ligne.',
        'Racontez en quelques lignes les exemples étudiés et ce qu’il ou elle en a retenu.',
      ],
      en: [
        'Sit down with a child or a teenager and pick apart content found online together.',
        'Describe in a few lines the examples you looked at and what they took away.',
      ],
    },
  },
  // Plus respectueux des utilisateurs (respect): privacy, security, ethics, attention
  {
    id: 'res-learn-gdpr-basics',
    theme: 'respect',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: { fr: 'Se former aux bases du RGPD', en: 'Learn the basics of the GDPR' },
    howTo: {
      fr: [
        'Suivez le module en ligne gratuit de l’autorité de protection des données sur les principes du RGPD.',
        'Partagez le lien vers votre attestation de suivi.',
      ],
      en: [
        'Follow the free online course from your data protection authority on the principles of the GDPR.',
        'Share the link to your certificate of completion.',
      ],
    },
  },
  {
    id: 'res-spot-dark-patterns',
    theme: 'respect',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Apprendre à reconnaître les interfaces trompeuses',
      en: 'Learn to spot deceptive design patterns',
    },
    howTo: {
      fr: [
        'Lisez une typologie des interfaces trompeuses et repérez-en une dans une application que vous utilisez.',
        'Décrivez l’exemple trouvé et le mécanisme qu’il utilise.',
      ],
      en: [
        'Read a catalogue of deceptive design patterns and find one in an app you use.',
        'Describe the example you found and the trick it relies on.',
      ],
    },
  },
  {
    id: 'res-attention-economy-film',
    theme: 'respect',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Regarder un documentaire sur l’économie de l’attention',
      en: 'Watch a documentary on the attention economy',
    },
    howTo: {
      fr: [
        'Regardez un documentaire ou une conférence sur la façon dont les applications captent notre attention.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Watch a documentary or a talk on how apps capture our attention.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'res-review-screen-time',
    theme: 'respect',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: { fr: 'Faire le point sur son temps d’écran', en: 'Review your screen time' },
    howTo: {
      fr: [
        'Consultez le suivi du temps d’écran de votre téléphone et repérez les applications qui captent le plus votre attention.',
        'Indiquez votre temps moyen par jour et la limite que vous vous fixez.',
      ],
      en: [
        'Check your phone’s screen time report and find the apps that take up most of your attention.',
        'Give your average daily time and the limit you set yourself.',
      ],
    },
  },
  {
    id: 'res-check-data-breaches',
    theme: 'respect',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Vérifier si ses comptes figurent dans une fuite de données',
      en: 'Check whether your accounts appear in a data breach',
    },
    howTo: {
      fr: [
        'Vérifiez votre adresse e-mail sur un service reconnu de détection de fuites et changez les mots de passe concernés.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Check your email address on a trusted breach notification service and change the affected passwords.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'res-team-phishing-exercise',
    theme: 'respect',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Faire un exercice contre l’hameçonnage en équipe',
      en: 'Do a phishing awareness exercise as a team',
    },
    howTo: {
      fr: [
        'Réunissez l’équipe une heure pour analyser de vrais messages frauduleux et apprendre les indices qui les trahissent.',
        'Envoyez une photo de l’équipe pendant l’exercice, avec l’accord des personnes présentes.',
      ],
      en: [
        'Gather your team for an hour to examine real phishing messages and learn the clues that give them away.',
        'Send a photo of your team during the exercise, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'res-use-password-manager',
    theme: 'respect',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Utiliser un gestionnaire de mots de passe',
      en: 'Start using a password manager',
    },
    howTo: {
      fr: [
        'Installez un gestionnaire de mots de passe et remplacez les mots de passe réutilisés de vos comptes importants.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Install a password manager and replace any reused passwords on your important accounts.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'res-enable-two-factor-auth',
    theme: 'respect',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Activer la double authentification sur ses comptes clés',
      en: 'Turn on two-factor authentication on key accounts',
    },
    howTo: {
      fr: [
        'Activez la double authentification sur votre messagerie, votre banque et vos comptes professionnels.',
        'Indiquez combien de comptes sont désormais protégés, sans les nommer.',
      ],
      en: [
        'Turn on two-factor authentication for your email, your bank and your work accounts.',
        'Say how many accounts are now protected, without naming them.',
      ],
    },
  },
  {
    id: 'res-focus-hour-no-notifications',
    theme: 'respect',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'daily' },
    title: {
      fr: 'Passer une heure de concentration sans notifications',
      en: 'Spend a focus hour with notifications off',
    },
    howTo: {
      fr: [
        'Coupez toutes les notifications de votre téléphone et de votre ordinateur pendant une heure de travail.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Turn off every notification on your phone and your computer for one hour of work.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'res-audit-collected-data',
    theme: 'respect',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Auditer les données collectées par un service que l’on conçoit',
      en: 'Audit the data collected by a service you build',
    },
    howTo: {
      fr: [
        'Listez les données personnelles collectées par votre produit, leur finalité et leur durée de conservation.',
        'Résumez ce qui est collecté et ce que vous proposez de supprimer ou de limiter.',
      ],
      en: [
        'List the personal data your product collects, what it is used for and how long it is kept.',
        'Sum up what is collected and what you propose to delete or limit.',
      ],
    },
  },
  {
    id: 'res-remove-dark-pattern',
    theme: 'respect',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Supprimer une interface trompeuse dans son produit',
      en: 'Remove a deceptive pattern from your product',
    },
    howTo: {
      fr: [
        'Repérez dans votre produit un parcours qui force la main de l’utilisateur et faites adopter un correctif honnête.',
        'Partagez le lien vers le ticket ou la modification de code.',
      ],
      en: [
        'Find a flow in your product that pushes users against their will and get an honest fix adopted.',
        'Share the link to the ticket or the code change.',
      ],
    },
  },
  {
    id: 'res-team-review-cookie-banner',
    theme: 'respect',
    modality: 'act',
    effort: 'medium',
    scope: 'team',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Revoir en équipe le bandeau cookies de son site',
      en: 'Review your site’s cookie banner as a team',
    },
    howTo: {
      fr: [
        'Vérifiez ensemble que refuser est aussi simple qu’accepter et qu’aucun traceur ne se dépose avant le choix.',
        'Décrivez ce que l’équipe a constaté et les corrections demandées.',
      ],
      en: [
        'Check together that refusing is as easy as accepting and that no tracker is set before the choice is made.',
        'Describe what your team found and the fixes you asked for.',
      ],
    },
  },
  {
    id: 'res-help-secure-accounts',
    theme: 'respect',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Aider un proche à sécuriser ses comptes',
      en: 'Help a relative secure their accounts',
    },
    howTo: {
      fr: [
        'Aidez un proche à activer la double authentification, à mettre à jour ses appareils et à changer ses mots de passe faibles.',
        'Racontez ce que vous avez mis en place ensemble, sans aucun détail sensible.',
      ],
      en: [
        'Help a relative turn on two-factor authentication, update their devices and change their weak passwords.',
        'Describe what you set up together, without any sensitive detail.',
      ],
    },
  },
  {
    id: 'res-show-phishing-example',
    theme: 'respect',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Montrer un exemple d’hameçonnage à ses collègues',
      en: 'Show colleagues a real phishing example',
    },
    howTo: {
      fr: [
        'Quand vous recevez un message frauduleux, montrez à vos collègues les indices qui le trahissent, puis signalez-le.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'When you receive a phishing message, show colleagues the clues that give it away, then report it.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'res-ethics-question-in-retro',
    theme: 'respect',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Poser une question éthique en rétrospective',
      en: 'Raise an ethics question in a retrospective',
    },
    howTo: {
      fr: [
        'En rétrospective ou en revue, demandez à l’équipe quel effet la dernière fonctionnalité a sur ses utilisateurs.',
        'Résumez la discussion et ce qui en est ressorti.',
      ],
      en: [
        'In a retrospective or a review, ask your team what effect the latest feature has on its users.',
        'Sum up the discussion and what came out of it.',
      ],
    },
  },
  {
    id: 'res-train-privacy-by-design',
    theme: 'respect',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Former son équipe à la protection des données dès la conception',
      en: 'Train your team in privacy by design',
    },
    howTo: {
      fr: [
        'Préparez et animez pour votre équipe une formation d’une heure sur la protection des données dès la conception.',
        'Partagez le lien vers le support de formation.',
      ],
      en: [
        'Prepare and run a one-hour training session for your team on privacy by design.',
        'Share the link to the training material.',
      ],
    },
  },
  {
    id: 'res-post-on-user-attention',
    theme: 'respect',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Publier un post sur le respect de l’attention des utilisateurs',
      en: 'Post about respecting users’ attention',
    },
    howTo: {
      fr: [
        'Publiez un court post sur un service qui respecte ou abuse de l’attention, et sur ce qu’on peut en apprendre.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Publish a short post on a service that respects or abuses attention, and on what we can learn from it.',
        'Share the link to your post.',
      ],
    },
  },
  {
    id: 'res-share-privacy-settings-guide',
    theme: 'respect',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Partager un guide des réglages de confidentialité',
      en: 'Share a guide to privacy settings',
    },
    howTo: {
      fr: [
        'Envoyez à vos proches ou à l’équipe un guide des réglages de confidentialité d’un téléphone ou d’un navigateur.',
        'Indiquez le guide choisi et à qui vous l’avez envoyé.',
      ],
      en: [
        'Send your family or your team a guide to the privacy settings of a phone or a browser.',
        'Name the guide you chose and who you sent it to.',
      ],
    },
  },
  // Plus accessible (accessibility): RGAA, WCAG, assistive technologies
  {
    id: 'acc-discover-rgaa',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Découvrir le référentiel d’accessibilité RGAA',
      en: 'Get to know the RGAA accessibility standard',
    },
    howTo: {
      fr: [
        'Lisez la présentation du RGAA et de ses thématiques, puis voyez comment il reprend les règles internationales WCAG.',
        'Citez trois critères qui concernent directement votre travail.',
      ],
      en: [
        'Read the overview of the French RGAA standard and its topics, then see how it builds on the WCAG rules.',
        'Name three criteria that directly concern your work.',
      ],
    },
  },
  {
    id: 'acc-try-screen-reader',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Naviguer sur un site avec un lecteur d’écran',
      en: 'Browse a website with a screen reader',
    },
    howTo: {
      fr: [
        'Activez le lecteur d’écran de votre ordinateur ou de votre téléphone et accomplissez une tâche sur un site que vous utilisez.',
        'Décrivez ce qui vous a bloqué et ce qui a bien fonctionné.',
      ],
      en: [
        'Turn on the screen reader of your computer or phone and complete a task on a website you use.',
        'Describe what blocked you and what worked well.',
      ],
    },
  },
  {
    id: 'acc-attend-accessibility-talk',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Assister à une conférence sur l’accessibilité numérique',
      en: 'Attend a talk on digital accessibility',
    },
    howTo: {
      fr: [
        'Assistez, sur place ou en ligne, à une conférence ou à un webinaire sur l’accessibilité du web.',
        'Partagez le lien vers la page de l’événement.',
      ],
      en: [
        'Attend a talk or a webinar on web accessibility, on site or online.',
        'Share the link to the event page.',
      ],
    },
  },
  {
    id: 'acc-learn-disability-needs',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Connaître les besoins liés aux différents handicaps',
      en: 'Learn the needs of people with different disabilities',
    },
    howTo: {
      fr: [
        'Lisez une ressource qui présente les handicaps visuels, auditifs, moteurs et cognitifs et leurs besoins en ligne.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Read a resource that presents visual, hearing, motor and cognitive disabilities and their needs online.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'acc-navigate-keyboard-only',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Utiliser un site uniquement au clavier',
      en: 'Use a website with the keyboard only',
    },
    howTo: {
      fr: [
        'Mettez la souris de côté et parcourez un site avec la tabulation, la touche Entrée et les flèches.',
        'Décrivez un endroit où la navigation au clavier était impossible ou confuse.',
      ],
      en: [
        'Put your mouse aside and go through a website with the Tab key, the Enter key and the arrows.',
        'Describe one place where keyboard navigation was impossible or confusing.',
      ],
    },
  },
  {
    id: 'acc-team-user-testimony',
    theme: 'accessibility',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Écouter en équipe une personne qui utilise des aides techniques',
      en: 'Hear from a user of assistive technology as a team',
    },
    howTo: {
      fr: [
        'Invitez une personne qui utilise des technologies d’assistance à montrer à l’équipe comment elle se sert du numérique.',
        'Résumez ce que l’équipe a appris et ce qu’elle veut changer.',
      ],
      en: [
        'Invite someone who uses assistive technology to show your team how they use digital tools.',
        'Sum up what your team learnt and what it wants to change.',
      ],
    },
  },
  {
    id: 'acc-alt-text-on-images',
    theme: 'accessibility',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'daily' },
    title: {
      fr: 'Décrire chaque image que l’on publie',
      en: 'Add alt text to every image you post',
    },
    howTo: {
      fr: [
        'Sur les réseaux, l’intranet ou dans vos documents, ajoutez un texte alternatif qui dit ce que l’image apporte.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'On social media, on the intranet or in your documents, add alt text that says what the image conveys.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'acc-caption-video',
    theme: 'accessibility',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: { fr: 'Sous-titrer une vidéo que l’on diffuse', en: 'Caption a video you share' },
    howTo: {
      fr: [
        'Ajoutez des sous-titres relus et corrigés à une vidéo que vous ou votre équipe publiez.',
        'Partagez le lien vers la vidéo sous-titrée.',
      ],
      en: [
        'Add proofread, corrected captions to a video that you or your team publish.',
        'Share the link to the captioned video.',
      ],
    },
  },
  {
    id: 'acc-audit-product-page',
    theme: 'accessibility',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Auditer l’accessibilité d’une page de son produit',
      en: 'Audit the accessibility of a page in your product',
    },
    howTo: {
      fr: [
        'Passez une page dans un outil automatique, puis vérifiez à la main contrastes, titres, formulaires et clavier.',
        'Listez les principaux défauts trouvés et leur priorité.',
      ],
      en: [
        'Run a page through an automated checker, then check contrast, headings, forms and keyboard use by hand.',
        'List the main issues you found and their priority.',
      ],
    },
  },
  {
    id: 'acc-fix-accessibility-issue',
    theme: 'accessibility',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 5 },
    title: {
      fr: 'Corriger un défaut d’accessibilité dans son produit',
      en: 'Fix an accessibility issue in your product',
    },
    howTo: {
      fr: [
        'Corrigez un défaut identifié, comme un contraste insuffisant, un bouton sans nom ou un champ sans étiquette.',
        'Partagez le lien vers la modification de code ou le ticket fermé.',
      ],
      en: [
        'Fix a known issue, such as poor contrast, a button without a name or a field without a label.',
        'Share the link to the code change or the closed ticket.',
      ],
    },
  },
  {
    id: 'acc-accessible-document',
    theme: 'accessibility',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Rendre accessible un document que l’on partage',
      en: 'Make a document you share accessible',
    },
    howTo: {
      fr: [
        'Dans votre prochain document ou diaporama, utilisez de vrais styles de titres, des contrastes suffisants et des liens explicites.',
        'Indiquez le document concerné et les corrections apportées.',
      ],
      en: [
        'In your next document or slide deck, use real heading styles, enough contrast and meaningful link text.',
        'Name the document and the changes you made.',
      ],
    },
  },
  {
    id: 'acc-team-accessibility-statement',
    theme: 'accessibility',
    modality: 'act',
    effort: 'large',
    scope: 'team',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Publier la déclaration d’accessibilité d’un service',
      en: 'Publish an accessibility statement for a service',
    },
    howTo: {
      fr: [
        'Réalisez en équipe l’audit de conformité d’un service, puis publiez sa déclaration d’accessibilité et un plan d’action.',
        'Partagez le lien vers la déclaration publiée.',
      ],
      en: [
        'As a team, audit the compliance of a service, then publish its accessibility statement and an action plan.',
        'Share the link to the published statement.',
      ],
    },
  },
  {
    id: 'acc-share-quick-win',
    theme: 'accessibility',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Partager une bonne pratique d’accessibilité avec son équipe',
      en: 'Share an accessibility tip with your team',
    },
    howTo: {
      fr: [
        'Postez dans le canal de l’équipe une règle simple, comme ne jamais transmettre une information par la seule couleur.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Post a simple rule in your team channel, such as never conveying information by colour alone.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'acc-post-about-accessibility',
    theme: 'accessibility',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Publier un post sur l’accessibilité numérique',
      en: 'Post about digital accessibility',
    },
    howTo: {
      fr: [
        'Publiez un post qui explique un obstacle d’accessibilité courant et la façon de l’éviter.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Publish a post explaining a common accessibility barrier and how to avoid it.',
        'Share the link to your post.',
      ],
    },
  },
  {
    id: 'acc-show-contrast-check',
    theme: 'accessibility',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Montrer à un collègue comment vérifier un contraste',
      en: 'Show a colleague how to check colour contrast',
    },
    howTo: {
      fr: [
        'Montrez à un designer ou à un développeur comment mesurer le contraste entre un texte et son fond avec un outil gratuit.',
        'Indiquez à qui vous l’avez montré et sur quel écran.',
      ],
      en: [
        'Show a designer or a developer how to measure the contrast between text and background with a free tool.',
        'Say who you showed it to and on which screen.',
      ],
    },
  },
  {
    id: 'acc-add-to-review-checklist',
    theme: 'accessibility',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Ajouter l’accessibilité à la liste de vérification des revues',
      en: 'Add accessibility to the code review checklist',
    },
    howTo: {
      fr: [
        'Proposez quelques vérifications d’accessibilité dans la liste de revue ou dans les tests automatiques du projet.',
        'Partagez le lien vers la modification de la liste ou des tests.',
      ],
      en: [
        'Suggest a few accessibility checks for the project’s review checklist or its automated tests.',
        'Share the link to the change to the checklist or the tests.',
      ],
    },
  },
  {
    id: 'acc-train-team-basics',
    theme: 'accessibility',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Former son équipe aux bases de l’accessibilité',
      en: 'Train your team in accessibility basics',
    },
    howTo: {
      fr: [
        'Préparez et animez pour votre équipe une session pratique avec des démonstrations au lecteur d’écran et au clavier.',
        'Envoyez une photo de la session, avec l’accord des personnes présentes.',
      ],
      en: [
        'Prepare and run a hands-on session for your team with screen reader and keyboard demonstrations.',
        'Send a photo of the session, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'acc-mentor-first-audit',
    theme: 'accessibility',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Accompagner un collègue dans son premier audit d’accessibilité',
      en: 'Mentor a colleague through their first accessibility audit',
    },
    howTo: {
      fr: [
        'Guidez pas à pas un collègue dans son premier audit, de la grille de critères jusqu’au rapport final.',
        'Décrivez la page auditée et ce que votre collègue a appris.',
      ],
      en: [
        'Guide a colleague step by step through their first audit, from the criteria grid to the final report.',
        'Describe the page that was audited and what your colleague learnt.',
      ],
    },
  },
  // Plus divers et inclusif (diversity): gender balance, inclusion, bias
  {
    id: 'div-assess-company-inclusion',
    theme: 'diversity',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Évaluer la diversité et l’inclusion de son entreprise',
      en: 'Assess your company’s diversity and inclusion',
    },
    howTo: {
      fr: [
        'Rassemblez les chiffres publics de votre entreprise, comme l’index d’égalité, et comparez-les à ceux du secteur.',
        'Résumez en quelques lignes les points forts et les écarts constatés.',
      ],
      en: [
        'Gather your company’s published figures, such as its gender pay index, and compare them with the sector.',
        'Sum up in a few lines the strengths and the gaps you found.',
      ],
    },
  },
  {
    id: 'div-women-in-tech-figures',
    theme: 'diversity',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Découvrir la place des femmes dans le numérique',
      en: 'Learn about the place of women in tech',
    },
    howTo: {
      fr: [
        'Lisez une étude récente sur la part des femmes dans les métiers et les formations du numérique.',
        'Citez un chiffre qui vous a marqué et pourquoi.',
      ],
      en: [
        'Read a recent study on the share of women in digital jobs and courses.',
        'Quote a figure that struck you and say why.',
      ],
    },
  },
  {
    id: 'div-implicit-bias-test',
    theme: 'diversity',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: { fr: 'Passer un test sur ses biais implicites', en: 'Take an implicit bias test' },
    howTo: {
      fr: [
        'Faites un test d’association implicite en ligne et lisez les explications qui l’accompagnent.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Take an online implicit association test and read the explanations that come with it.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'div-inclusive-writing-webinar',
    theme: 'diversity',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Suivre un webinaire sur l’écriture inclusive',
      en: 'Attend a webinar on inclusive writing',
    },
    howTo: {
      fr: [
        'Suivez un webinaire ou un module sur les formes d’écriture inclusive et leur effet sur la lecture par tous.',
        'Partagez le lien vers la page de l’événement ou du module.',
      ],
      en: [
        'Attend a webinar or a course on inclusive writing and how each form affects reading for everyone.',
        'Share the link to the event or course page.',
      ],
    },
  },
  {
    id: 'div-read-on-algorithmic-bias',
    theme: 'diversity',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Lire un article sur les biais des algorithmes',
      en: 'Read an article on bias in algorithms',
    },
    howTo: {
      fr: [
        'Lisez un article sur des discriminations produites par des algorithmes ou par les données qui les entraînent.',
        'Donnez un exemple de biais et la façon dont on aurait pu l’éviter.',
      ],
      en: [
        'Read an article on discrimination caused by algorithms or by the data used to train them.',
        'Give one example of bias and how it could have been avoided.',
      ],
    },
  },
  {
    id: 'div-team-stereotypes-workshop',
    theme: 'diversity',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Faire un atelier sur les stéréotypes en équipe',
      en: 'Run a workshop on stereotypes with your team',
    },
    howTo: {
      fr: [
        'Réunissez l’équipe une heure autour d’un jeu ou d’un atelier sur les stéréotypes et les biais au travail.',
        'Envoyez une photo de l’atelier, avec l’accord des personnes présentes.',
      ],
      en: [
        'Gather your team for an hour around a game or a workshop on stereotypes and bias at work.',
        'Send a photo of the workshop, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'div-rewrite-job-ad',
    theme: 'diversity',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Réécrire une offre d’emploi de façon inclusive',
      en: 'Rewrite a job ad in inclusive language',
    },
    howTo: {
      fr: [
        'Retirez les formulations genrées, le jargon et les critères superflus d’une offre d’emploi de votre équipe.',
        'Partagez le lien vers l’offre publiée ou vers le document modifié.',
      ],
      en: [
        'Remove gendered wording, jargon and unnecessary requirements from one of your team’s job ads.',
        'Share the link to the published ad or to the edited document.',
      ],
    },
  },
  {
    id: 'div-ask-for-mixed-panels',
    theme: 'diversity',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Demander un panel mixte avant d’accepter d’intervenir',
      en: 'Ask for a mixed panel before agreeing to speak',
    },
    howTo: {
      fr: [
        'Avant d’accepter une intervention, demandez la composition du panel et suggérez une intervenante s’il n’est pas mixte.',
        'Racontez la situation et la réponse des organisateurs.',
      ],
      en: [
        'Before agreeing to speak, ask who else is on the panel and suggest a woman speaker if it is not mixed.',
        'Describe the situation and how the organisers responded.',
      ],
    },
  },
  {
    id: 'div-share-speaking-time',
    theme: 'diversity',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'daily' },
    title: {
      fr: 'Veiller à ce que chacun ait la parole en réunion',
      en: 'Make sure everyone gets to speak in meetings',
    },
    howTo: {
      fr: [
        'En réunion, remarquez qui n’a pas encore parlé, invitez cette personne à s’exprimer et évitez de couper la parole.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'In meetings, notice who has not spoken yet, invite them to have their say and avoid interrupting others.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'div-diverse-interview-panel',
    theme: 'diversity',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 2 },
    title: {
      fr: 'Constituer un jury de recrutement diversifié',
      en: 'Set up a diverse interview panel',
    },
    howTo: {
      fr: [
        'Pour un recrutement, composez un jury mixte et utilisez la même grille d’entretien pour chaque candidature.',
        'Décrivez le jury et la grille utilisée, sans nommer de candidat.',
      ],
      en: [
        'For a hiring round, set up a mixed panel and use the same interview grid for every candidate.',
        'Describe the panel and the grid you used, without naming any candidate.',
      ],
    },
  },
  {
    id: 'div-test-model-for-bias',
    theme: 'diversity',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Tester un modèle ou un jeu de données pour repérer des biais',
      en: 'Test a model or a data set for bias',
    },
    howTo: {
      fr: [
        'Mesurez si votre modèle ou vos données traitent différemment certains groupes, selon le genre ou l’âge par exemple.',
        'Décrivez le test mené, ce que vous avez trouvé et les corrections envisagées.',
      ],
      en: [
        'Measure whether your model or your data treat some groups differently, for example by gender or age.',
        'Describe the test you ran, what you found and the fixes you plan.',
      ],
    },
  },
  {
    id: 'div-team-inclusion-charter',
    theme: 'diversity',
    modality: 'act',
    effort: 'large',
    scope: 'team',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Adopter une charte d’inclusion pour son équipe',
      en: 'Adopt an inclusion charter for your team',
    },
    howTo: {
      fr: [
        'Rédigez ensemble quelques engagements concrets sur les réunions, le recrutement et le langage, puis adoptez-les en équipe.',
        'Partagez le lien vers la charte adoptée.',
      ],
      en: [
        'Write a few concrete commitments together on meetings, hiring and language, then adopt them as a team.',
        'Share the link to the charter you adopted.',
      ],
    },
  },
  {
    id: 'div-mentor-underrepresented',
    theme: 'diversity',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Mentorer une personne sous-représentée dans la tech',
      en: 'Mentor someone under-represented in tech',
    },
    howTo: {
      fr: [
        'Engagez-vous sur plusieurs mois auprès d’une femme ou d’une personne en reconversion, via un programme de mentorat.',
        'Indiquez le programme et le rythme de vos échanges.',
      ],
      en: [
        'Commit for several months to a woman or a career changer through a mentoring programme.',
        'Name the programme and how often you meet.',
      ],
    },
  },
  {
    id: 'div-present-job-at-school',
    theme: 'diversity',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'upTo', times: 3 },
    title: { fr: 'Présenter son métier dans une école', en: 'Present your job at a school' },
    howTo: {
      fr: [
        'Allez présenter votre métier dans une classe pour montrer que les métiers du numérique sont ouverts à toutes et à tous.',
        'Envoyez une photo de l’intervention, sans élève reconnaissable.',
      ],
      en: [
        'Present your job to a class to show that digital careers are open to everyone.',
        'Send a photo of your visit, with no pupil recognisable.',
      ],
    },
  },
  {
    id: 'div-share-inclusive-writing-guide',
    theme: 'diversity',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Partager un guide d’écriture inclusive avec son équipe',
      en: 'Share an inclusive writing guide with your team',
    },
    howTo: {
      fr: [
        'Envoyez à votre équipe un guide d’écriture inclusive qui reste lisible par les lecteurs d’écran.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Send your team an inclusive writing guide that stays readable by screen readers.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'div-highlight-woman-in-tech',
    theme: 'diversity',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Faire connaître le parcours d’une femme de la tech',
      en: 'Highlight the career of a woman in tech',
    },
    howTo: {
      fr: [
        'Publiez un post sur une pionnière ou une collègue dont le parcours dans le numérique mérite d’être connu.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Publish a post about a pioneer or a colleague whose career in digital deserves to be known.',
        'Share the link to your post.',
      ],
    },
  },
  {
    id: 'div-recommend-diverse-speaker',
    theme: 'diversity',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Recommander une personne sous-représentée comme intervenante',
      en: 'Recommend an under-represented person as a speaker',
    },
    howTo: {
      fr: [
        'Quand on vous demande un nom pour une conférence ou un podcast, proposez une personne issue d’un groupe sous-représenté.',
        'Indiquez l’événement et la personne recommandée, avec son accord.',
      ],
      en: [
        'When asked to suggest a speaker for a talk or a podcast, put forward someone from an under-represented group.',
        'Name the event and the person you recommended, with their consent.',
      ],
    },
  },
  {
    id: 'div-suggest-inclusive-wording',
    theme: 'diversity',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'once' },
    title: {
      fr: 'Proposer un vocabulaire plus inclusif dans la documentation',
      en: 'Suggest more inclusive wording in documentation',
    },
    howTo: {
      fr: [
        'Repérez des termes excluants dans la documentation ou le code et proposez des alternatives neutres et claires.',
        'Partagez le lien vers la modification proposée.',
      ],
      en: [
        'Find exclusionary terms in the documentation or the code and suggest neutral, clear alternatives.',
        'Share the link to the change you proposed.',
      ],
    },
  },
  // Plus engagé (engagement): volunteering, skills for good causes, donations
  {
    id: 'eng-discover-tech-nonprofits',
    theme: 'engagement',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Découvrir des associations qui agissent grâce au numérique',
      en: 'Discover non-profits that use tech for good',
    },
    howTo: {
      fr: [
        'Parcourez une plateforme d’engagement associatif et repérez trois associations dont la cause vous parle.',
        'Citez les trois associations et leur cause.',
      ],
      en: [
        'Browse a volunteering platform and find three non-profits whose cause matters to you.',
        'Name the three non-profits and their causes.',
      ],
    },
  },
  {
    id: 'eng-attend-volunteering-meetup',
    theme: 'engagement',
    modality: 'understand',
    effort: 'medium',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Assister à un meetup sur le bénévolat dans la tech',
      en: 'Attend a meetup on volunteering in tech',
    },
    howTo: {
      fr: [
        'Participez, sur place ou en ligne, à un meetup ou à un webinaire sur le bénévolat de compétences.',
        'Partagez le lien vers la page de l’événement.',
      ],
      en: [
        'Join a meetup or a webinar on skills-based volunteering, on site or online.',
        'Share the link to the event page.',
      ],
    },
  },
  {
    id: 'eng-ask-about-company-schemes',
    theme: 'engagement',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Se renseigner sur le mécénat de compétences de son entreprise',
      en: 'Find out about your company’s volunteering schemes',
    },
    howTo: {
      fr: [
        'Demandez aux RH si votre entreprise propose du mécénat de compétences, des jours solidaires ou un abondement des dons.',
        'Résumez ce qui existe et comment y accéder.',
      ],
      en: [
        'Ask HR whether your company offers skills-based volunteering, volunteer days or donation matching.',
        'Sum up what exists and how to access it.',
      ],
    },
  },
  {
    id: 'eng-learn-sustainable-goals',
    theme: 'engagement',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'once' },
    title: {
      fr: 'Découvrir les objectifs de développement durable de l’ONU',
      en: 'Learn about the UN Sustainable Development Goals',
    },
    howTo: {
      fr: [
        'Lisez la présentation des 17 objectifs et repérez ceux auxquels votre métier peut contribuer.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Read the overview of the 17 goals and find those your job can contribute to.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'eng-listen-to-engaged-techie',
    theme: 'engagement',
    modality: 'understand',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Écouter le témoignage d’une personne engagée dans la tech',
      en: 'Listen to someone who works in tech for good',
    },
    howTo: {
      fr: [
        'Écoutez un podcast ou regardez une interview d’une personne qui met ses compétences numériques au service d’une cause.',
        'Indiquez le témoignage écouté et ce que vous en retenez.',
      ],
      en: [
        'Listen to a podcast or watch an interview with someone who puts their digital skills to work for a cause.',
        'Name the testimony and what you took away from it.',
      ],
    },
  },
  {
    id: 'eng-team-meet-nonprofit',
    theme: 'engagement',
    modality: 'understand',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: { fr: 'Rencontrer une association en équipe', en: 'Meet a non-profit as a team' },
    howTo: {
      fr: [
        'Invitez une association à présenter à l’équipe sa mission et ses besoins numériques, sur place ou en visio.',
        'Envoyez une photo de la rencontre, avec l’accord des personnes présentes.',
      ],
      en: [
        'Invite a non-profit to present its mission and its digital needs to your team, on site or by video call.',
        'Send a photo of the meeting, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'eng-volunteer-digital-inclusion',
    theme: 'engagement',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Devenir bénévole dans une association contre l’exclusion numérique',
      en: 'Volunteer with a non-profit fighting digital exclusion',
    },
    howTo: {
      fr: [
        'Rejoignez une association d’inclusion numérique et tenez des permanences d’aide pendant plusieurs semaines.',
        'Indiquez l’association et le rythme de votre engagement.',
      ],
      en: [
        'Join a digital inclusion non-profit and staff its help sessions over several weeks.',
        'Name the non-profit and how often you volunteer.',
      ],
    },
  },
  {
    id: 'eng-skills-based-mission',
    theme: 'engagement',
    modality: 'act',
    effort: 'large',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 2 },
    title: {
      fr: 'Réaliser une mission de bénévolat de compétences',
      en: 'Complete a skills-based volunteering mission',
    },
    howTo: {
      fr: [
        'Mettez votre expertise au service d’une association sur une mission courte, par exemple sur son site ou ses données.',
        'Partagez le lien vers la mission ou vers le livrable.',
      ],
      en: [
        'Put your expertise to work for a non-profit on a short mission, for example on its website or its data.',
        'Share the link to the mission or to what you delivered.',
      ],
    },
  },
  {
    id: 'eng-donate-to-nonprofit',
    theme: 'engagement',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Faire un don à une association de la tech engagée',
      en: 'Donate to a tech-for-good non-profit',
    },
    howTo: {
      fr: [
        'Faites un don, même modeste, à une association qui met le numérique au service d’une cause.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Make a donation, however small, to a non-profit that uses digital tools for a cause.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'eng-micro-volunteering',
    theme: 'engagement',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 5 },
    title: {
      fr: 'Faire une action de microbénévolat en ligne',
      en: 'Do a micro-volunteering task online',
    },
    howTo: {
      fr: [
        'Consacrez quelques minutes à une tâche en ligne pour une cause, comme transcrire, traduire ou annoter des données.',
        'Indiquez la tâche effectuée et la cause soutenue.',
      ],
      en: [
        'Spend a few minutes on an online task for a cause, such as transcribing, translating or labelling data.',
        'Name the task you did and the cause it supports.',
      ],
    },
  },
  {
    id: 'eng-team-half-day-for-nonprofit',
    theme: 'engagement',
    modality: 'act',
    effort: 'medium',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Consacrer une demi-journée d’équipe à une association',
      en: 'Spend a team half-day helping a non-profit',
    },
    howTo: {
      fr: [
        'Proposez à une association une demi-journée de toute l’équipe pour répondre à un besoin concret, numérique ou non.',
        'Envoyez une photo de l’équipe en action, avec l’accord des personnes présentes.',
      ],
      en: [
        'Offer a non-profit a half-day of your whole team’s time to meet a concrete need, digital or not.',
        'Send a photo of your team at work, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'eng-pro-bono-review',
    theme: 'engagement',
    modality: 'act',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Offrir un regard d’expert aux outils d’une association',
      en: 'Give a non-profit a free expert review of its tools',
    },
    howTo: {
      fr: [
        'Examinez bénévolement le site, la sécurité ou les outils d’une association et transmettez-lui vos conseils.',
        'Résumez les recommandations transmises à l’association.',
      ],
      en: [
        'Review a non-profit’s website, security or tools for free and send it your advice.',
        'Sum up the recommendations you gave the non-profit.',
      ],
    },
  },
  {
    id: 'eng-mentor-students-impact',
    theme: 'engagement',
    modality: 'share',
    effort: 'large',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Accompagner des étudiants sur un projet tech à impact',
      en: 'Mentor students on an impact tech project',
    },
    howTo: {
      fr: [
        'Suivez une équipe d’étudiants sur un projet numérique à impact social ou environnemental pendant plusieurs séances.',
        'Indiquez le projet, l’école et le nombre de séances.',
      ],
      en: [
        'Guide a team of students on a digital project with a social or environmental impact over several sessions.',
        'Name the project, the school and the number of sessions.',
      ],
    },
  },
  {
    id: 'eng-tell-volunteering-story',
    theme: 'engagement',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Raconter son expérience de bénévolat à ses collègues',
      en: 'Tell colleagues about your volunteering',
    },
    howTo: {
      fr: [
        'Partagez en réunion ou par message ce que vous faites pour une association et comment d’autres peuvent aider.',
        'Indiquez où vous l’avez raconté et les réactions obtenues.',
      ],
      en: [
        'Share in a meeting or a message what you do for a non-profit and how others can help.',
        'Say where you told it and how people reacted.',
      ],
    },
  },
  {
    id: 'eng-relay-volunteer-call',
    theme: 'engagement',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Relayer l’appel à bénévoles d’une association',
      en: 'Pass on a non-profit’s call for volunteers',
    },
    howTo: {
      fr: [
        'Diffusez auprès de votre réseau une mission bénévole ou une recherche de compétences d’une association.',
        'Action validée sur l’honneur, sans preuve à fournir.',
      ],
      en: [
        'Spread a non-profit’s volunteering mission or call for skills across your network.',
        'Done on trust, no proof needed.',
      ],
    },
  },
  {
    id: 'eng-host-young-person',
    theme: 'engagement',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'text',
    repeat: { kind: 'once' },
    title: {
      fr: 'Accueillir un jeune pour lui faire découvrir son métier',
      en: 'Host a young person for a day to discover your job',
    },
    howTo: {
      fr: [
        'Accueillez une journée un jeune éloigné du monde professionnel pour lui faire découvrir votre métier.',
        'Racontez la journée en quelques lignes, sans donnée personnelle sur le jeune.',
      ],
      en: [
        'Host a young person with few links to the working world for a day so they can discover your job.',
        'Describe the day in a few lines, without any personal data on the young person.',
      ],
    },
  },
  {
    id: 'eng-organise-internal-talk',
    theme: 'engagement',
    modality: 'share',
    effort: 'medium',
    scope: 'individual',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: {
      fr: 'Organiser une conférence interne sur l’engagement',
      en: 'Host an internal talk on tech for good',
    },
    howTo: {
      fr: [
        'Invitez une association ou une personne engagée à parler à vos collègues lors d’un déjeuner ou d’un afterwork.',
        'Envoyez une photo de la conférence, avec l’accord des personnes présentes.',
      ],
      en: [
        'Invite a non-profit or an engaged person to speak to your colleagues over lunch or after work.',
        'Send a photo of the talk, with the consent of the people in it.',
      ],
    },
  },
  {
    id: 'eng-post-about-nonprofit',
    theme: 'engagement',
    modality: 'share',
    effort: 'small',
    scope: 'individual',
    proof: 'link',
    repeat: { kind: 'upTo', times: 3 },
    title: {
      fr: 'Publier un post sur une association que l’on soutient',
      en: 'Post about a non-profit you support',
    },
    howTo: {
      fr: [
        'Présentez une association, son action et ses besoins dans un post ou dans un article de blog interne.',
        'Partagez le lien vers votre publication.',
      ],
      en: [
        'Present a non-profit, its work and its needs in a post or an internal blog article.',
        'Share the link to your post.',
      ],
    },
  },
];
