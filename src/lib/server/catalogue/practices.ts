/**
 * The reference catalogue every installation starts with (seeded by seed-catalogue.ts).
 *
 * Rules this content follows:
 * - Facts about real organisations (Soli'mômes, Le Petit Prince, CCO) are only those stated in
 *   shared/data/README.md; no figure about them is invented.
 * - Requirements, time patterns, staff and costs describe the practice in general, not a given
 *   organisation; costs are orders of magnitude (the descriptions say so).
 * - References of generic practices are real, well-known networks or national schemes, or none.
 * - Requirements use a room's own scale (src/lib/domain/vocabulary.ts) so that the fit can compare
 *   them. The itinerant crèche's are set so that a 32 m² room with a reheating kitchen and no child
 *   toilets "fits with upgrades: +8 m², child toilets" — its van brings the changing table.
 */
import type { PracticeInput } from '#lib/domain/practice-form.js';

export interface ReferencePractice extends Omit<PracticeInput, 'translations'> {
	slug: string;
	translations: { en: { title: string; summary: string }; ar: { title: string; summary: string } };
}

const ORDERS_OF_MAGNITUDE =
	'Les montants indiqués sur cette fiche sont des **ordres de grandeur** pour lancer et faire vivre la pratique dans un quartier, pas un budget : ils varient selon ce qui existe déjà (salle, matériel, personnel mis à disposition) et selon les financements obtenus.';

export const REFERENCE_PRACTICES: ReferencePractice[] = [
	{
		slug: 'creche-itinerante',
		title: 'Crèche itinérante',
		summary:
			'Un camion équipé apporte jouets, coin sieste et matériel de change dans une salle d’environ 40 m² prêtée par la commune ou le bailleur : la même équipe accueille de jeunes enfants deux jours par semaine dans plusieurs quartiers, pendant que leurs parents se forment ou cherchent un emploi.',
		description: `La crèche itinérante accueille de jeunes enfants quelques jours par semaine dans une salle prêtée par la commune ou par le bailleur social. À chaque venue, l’équipe aménage la salle avec ce qu’apporte un camion équipé — jouets, coin sieste, matériel de change, mobilier à taille d’enfant — puis remballe le soir : la salle retrouve ses autres usages. Une même équipe dessert ainsi plusieurs quartiers dans la semaine.

## Pour qui

Des enfants d’environ 1 an à 3 ans et demi, de familles aux minima sociaux, orientées par la PMI, la CAF et les centres sociaux, pour que les parents — le plus souvent des mères — puissent suivre des cours de français ou chercher un emploi.

## Ce qu’il faut sur place

- une salle d’environ **40 m²**, partagée avec d’autres usages les autres jours ;
- des **toilettes adaptées aux enfants** ;
- de quoi **réchauffer les repas** (une cuisine de réchauffage suffit) ;
- la table à langer, les lits et les jeux arrivent avec le camion.

Comme toute crèche, elle fonctionne avec un agrément de la PMI et une équipe de professionnelles de la petite enfance.

## Un exemple : Soli’mômes

La SCOP E2S a ouvert en novembre 2013 **Soli’mômes**, crèche itinérante de 15 places en Île-de-France : à Montreuil (Les Morillons) le lundi et le mardi, à Bondy (La Sablière) le jeudi et le vendredi, de 8 h à 19 h. Son camion équipé vient en appui d’une salle d’environ 40 m² prêtée par la ville ou le bailleur social.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : l’achat et l’aménagement du camion pour la mise en place ; le personnel diplômé pour l’essentiel du fonctionnement annuel. Ce ne sont pas les comptes de Soli’mômes.`,
		themes: ['JEU', 'INS', 'SER'],
		publics: ['children_0_3', 'families', 'women'],
		needsAnswered: [
			'Faire garder un jeune enfant quand il n’y a pas de place en crèche',
			'Suivre des cours de français ou chercher un emploi',
			'Préparer l’enfant à la vie en collectivité avant l’école'
		],
		minAreaM2: 40,
		kitchenLevel: 'reheating',
		toilets: false,
		childToilets: true,
		changingTable: false,
		storageM2: 0,
		outdoorM2: 0,
		stepFree: false,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 2,
		sessionMinutes: 660,
		preferredWindows: ['school_hours', 'morning', 'afternoon'],
		staff: 4,
		volunteers: 0,
		setupCostMin: 80_000,
		setupCostMax: 150_000,
		yearlyCostMin: 250_000,
		yearlyCostMax: 400_000,
		impactIndicators: [
			'Nombre d’enfants accueillis et taux d’occupation des places',
			'Nombre de parents (dont mères) entrés en formation ou en emploi',
			'Nombre de jours d’accueil par quartier'
		],
		references: [
			{
				name: 'Soli’mômes (SCOP E2S)',
				place: 'Montreuil (Les Morillons) et Bondy (La Sablière), Île-de-France',
				note: 'Crèche itinérante de 15 places ouverte en novembre 2013 ; lundi–mardi à Montreuil, jeudi–vendredi à Bondy, 8 h–19 h.'
			}
		],
		translations: {
			en: {
				title: 'Itinerant crèche',
				summary:
					'An equipped van brings toys, a nap corner and changing equipment to a room of about 40 m² lent by the town or the social landlord: one team looks after young children two days a week in several neighbourhoods while their parents train or look for work.'
			},
			ar: {
				title: 'حضانة متنقلة',
				summary:
					'شاحنة مجهزة تحمل الألعاب وركن القيلولة وأدوات تغيير الحفاضات إلى قاعة مساحتها نحو 40 م² تعيرها البلدية أو مؤسسة السكن الاجتماعي: فريق واحد يستقبل الأطفال الصغار يومين في الأسبوع في عدة أحياء، بينما يتكوّن آباؤهم أو يبحثون عن عمل.'
			}
		}
	},
	{
		slug: 'restaurant-insertion-femmes',
		title: 'Restaurant d’insertion tenu par des femmes',
		summary:
			'Un restaurant et traiteur où des femmes sans emploi ou en formation apprennent le métier en travaillant, avec des horaires calés sur ceux de l’école, de l’aide aux démarches et des cours de français.',
		description: `Des femmes sans emploi ou en formation font tourner un restaurant et un service traiteur : cuisine, service, accueil, commandes. Le travail est le support d’un parcours d’insertion — formation de base aux métiers de la restauration et de l’hôtellerie, aide aux démarches administratives, cours de français, ateliers pour rompre l’isolement.

## Ce qui le rend possible pour des mères

Les **horaires sont souples et calés sur les horaires de l’école** : on arrive après avoir déposé les enfants, on repart à temps pour les reprendre. C’est ce qui permet à des femmes seules avec leurs enfants de reprendre pied dans l’emploi.

## Ce qu’il faut sur place

- une **cuisine complète**, conforme pour la restauration collective ;
- un espace d’accueil et de salle à manger, qui **peut être partagé** avec d’autres usages en dehors du service ;
- du rangement pour les denrées et le matériel ;
- un accès de plain-pied pour recevoir du public.

## Un exemple : Le Petit Prince

À La Seyne-sur-Mer (Var), **Le Petit Prince** est un restaurant et traiteur d’insertion tenu par des femmes sans emploi ou en formation. Il est issu de l’association *Femmes dans la Cité* (1993), porté par l’association AVIE (1996) et a ouvert en 2001. Horaires souples alignés sur l’école, aide aux papiers, cours de français, formation de base en restauration et hôtellerie et ateliers de socialisation font partie du parcours.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : l’équipement professionnel de la cuisine à la mise en place ; l’encadrement technique et l’accompagnement socioprofessionnel pour le fonctionnement, en partie couverts par les recettes du restaurant. Ce ne sont pas les comptes du Petit Prince.`,
		themes: ['INS', 'EMP', 'FOR', 'AGR'],
		publics: ['women', 'adults_learning_french'],
		needsAnswered: [
			'Retrouver un emploi avec des horaires compatibles avec l’école',
			'Se former aux métiers de la restauration',
			'Être aidée dans ses démarches administratives',
			'Apprendre ou améliorer son français'
		],
		minAreaM2: 60,
		kitchenLevel: 'full',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 8,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 5,
		sessionMinutes: 360,
		preferredWindows: ['school_hours', 'morning'],
		staff: 3,
		volunteers: 2,
		setupCostMin: 40_000,
		setupCostMax: 150_000,
		yearlyCostMin: 150_000,
		yearlyCostMax: 300_000,
		impactIndicators: [
			'Nombre de femmes accompagnées et durée moyenne du parcours',
			'Sorties vers l’emploi ou la formation qualifiante à six mois',
			'Nombre de repas servis et chiffre d’affaires du service traiteur'
		],
		references: [
			{
				name: 'Le Petit Prince (association AVIE)',
				place: 'La Seyne-sur-Mer (Var)',
				note: 'Restaurant et traiteur d’insertion tenu par des femmes ; issu de Femmes dans la Cité (1993), porté par AVIE (1996), ouvert en 2001.'
			}
		],
		translations: {
			en: {
				title: 'Back-to-work restaurant run by women',
				summary:
					'A restaurant and caterer where women out of work or in training learn the trade on the job, with hours that follow school hours, help with paperwork and French classes.'
			},
			ar: {
				title: 'مطعم للإدماج المهني تديره نساء',
				summary:
					'مطعم وخدمة تموين تتعلم فيه نساء بلا عمل أو في طور التكوين المهنة أثناء العمل، بمواعيد تتماشى مع أوقات المدرسة، مع مساعدة في الإجراءات الإدارية ودروس في اللغة الفرنسية.'
			}
		}
	},
	{
		slug: 'espace-interculturel-femmes',
		title: 'Espace interculturel de femmes : création et débats',
		summary:
			'Des actions artistiques, culturelles et citoyennes pour que les femmes des quartiers populaires prennent la parole et confiance en elles : opéra citoyen, ateliers textile et design, débats et rencontres, dans une salle partagée avec un espace extérieur.',
		description: `Un espace où des femmes du quartier, de toutes origines, créent ensemble et débattent. L’objectif : **renforcer leur parole et leur confiance en elles**, par des actions artistiques, culturelles et citoyennes menées avec des artistes et des associations.

## Ce qu’on y fait

- un **opéra citoyen** écrit et joué avec les habitantes ;
- des **ateliers textile et design** ;
- des **débats et des rencontres** sur ce qui compte pour elles dans le quartier.

## Ce qu’il faut sur place

Une salle qui **se partage** avec d’autres usages municipaux (réunions, répétitions, ateliers), du rangement pour les machines à coudre, les tissus et les décors, et un **espace extérieur** pour les répétitions, les restitutions et les beaux jours.

## Un exemple : le CCO à Villeurbanne

Le **CCO – Centre Culturel Œcuménique**, installé sur le site de La Rayonne à Villeurbanne, se présente comme un « laboratoire d’innovation sociale et culturelle ». Il y mène des actions artistiques, culturelles et citoyennes pour renforcer la voix et la confiance en soi des femmes des quartiers populaires : un opéra citoyen, des ateliers textile et design, des débats et des rencontres, dans une salle partageable avec d’autres usages municipaux et un espace extérieur.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : machines à coudre, matériel et décors à la mise en place ; coordination et interventions d’artistes pour l’année. Ce ne sont pas les comptes du CCO.`,
		themes: ['CUL', 'CIT', 'PAR', 'DRO'],
		publics: ['women', 'adults_learning_french'],
		needsAnswered: [
			'Sortir de l’isolement et se rencontrer entre femmes du quartier',
			'Prendre la parole en public et reprendre confiance en soi',
			'Accéder à la création artistique et culturelle'
		],
		minAreaM2: 50,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 4,
		outdoorM2: 50,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 2,
		sessionMinutes: 150,
		preferredWindows: ['school_hours', 'afternoon', 'evening'],
		staff: 2,
		volunteers: 4,
		setupCostMin: 3_000,
		setupCostMax: 15_000,
		yearlyCostMin: 30_000,
		yearlyCostMax: 80_000,
		impactIndicators: [
			'Nombre de participantes régulières',
			'Nombre de restitutions publiques et de spectatrices et spectateurs',
			'Confiance en soi déclarée par les participantes, en début et en fin d’année'
		],
		references: [
			{
				name: 'CCO – Centre Culturel Œcuménique',
				place: 'Villeurbanne, site La Rayonne',
				note: '« Laboratoire d’innovation sociale et culturelle » : opéra citoyen, ateliers textile et design, débats et rencontres avec des femmes des quartiers populaires.'
			}
		],
		translations: {
			en: {
				title: 'Intercultural women’s space: creation and debate',
				summary:
					'Artistic, cultural and civic activities so that women from working-class neighbourhoods speak up and gain self-confidence: a civic opera, textile and design workshops, debates and meetings, in a shared room with an outdoor space.'
			},
			ar: {
				title: 'فضاء نسائي متعدد الثقافات: إبداع ونقاش',
				summary:
					'أنشطة فنية وثقافية ومدنية لتأخذ نساء الأحياء الشعبية الكلمة ويستعدن ثقتهن بأنفسهن: أوبرا مواطنة، ورشات نسيج وتصميم، نقاشات ولقاءات، في قاعة مشتركة مع فضاء خارجي.'
			}
		}
	},
	{
		slug: 'ateliers-sociolinguistiques',
		title: 'Ateliers sociolinguistiques (ASL)',
		summary:
			'Des ateliers de français à l’oral et à l’écrit construits sur les situations de la vie quotidienne — l’école, la santé, les transports, les administrations — pour gagner en autonomie.',
		description: `Les ateliers sociolinguistiques apprennent le français **à partir des situations de tous les jours** : parler à l’enseignante de son enfant, prendre un rendez-vous médical, lire un courrier de la CAF, se repérer dans les transports. On apprend en groupe, souvent en sortant de la salle (visite de la médiathèque, de la mairie, du centre de santé).

## Pour qui

Des adultes qui ne parlent pas ou peu le français, en grande majorité des femmes, qu’elles sachent lire et écrire dans une autre langue ou non.

## Comment ça marche

- des groupes de 8 à 12 personnes, deux séances par semaine, pendant les heures d’école ;
- une formatrice ou un formateur qui coordonne et des bénévoles formés ;
- une **garde d’enfants** à côté, quand c’est possible (voir la fiche « Garde d’enfants pendant les cours et la recherche d’emploi »).

## Ce qu’il faut sur place

Une salle calme d’au moins 25 m² avec des tables, des toilettes et un accès de plain-pied.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : mobilier et supports pédagogiques à la mise en place ; la coordination et la formation des bénévoles pour l’année.`,
		themes: ['FOR', 'EDU', 'COH'],
		publics: ['adults_learning_french', 'women'],
		needsAnswered: [
			'Se débrouiller seule en français dans la vie quotidienne',
			'Suivre la scolarité de ses enfants',
			'Comprendre les courriers et les démarches administratives'
		],
		minAreaM2: 25,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 1,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 2,
		sessionMinutes: 120,
		preferredWindows: ['school_hours', 'morning'],
		staff: 1,
		volunteers: 4,
		setupCostMin: 1_000,
		setupCostMax: 5_000,
		yearlyCostMin: 15_000,
		yearlyCostMax: 40_000,
		impactIndicators: [
			'Nombre d’apprenantes et d’apprenants, par sexe',
			'Assiduité aux séances',
			'Progrès à l’oral et à l’écrit mesurés en début et en fin de session'
		],
		references: [],
		translations: {
			en: {
				title: 'French for everyday life workshops (ASL)',
				summary:
					'Spoken and written French workshops built around everyday situations — school, health, transport, public offices — so that people can manage on their own.'
			},
			ar: {
				title: 'ورشات اللغة الفرنسية للحياة اليومية',
				summary:
					'ورشات للفرنسية شفهياً وكتابياً مبنية على مواقف الحياة اليومية — المدرسة، الصحة، المواصلات، الإدارات — لاكتساب الاستقلالية.'
			}
		}
	},
	{
		slug: 'accompagnement-scolarite',
		title: 'Accompagnement à la scolarité (aide aux devoirs)',
		summary:
			'Après l’école et le mercredi, des bénévoles et une animatrice aident les enfants à faire leurs devoirs, à s’organiser et à prendre goût à apprendre, en lien avec les parents et l’école.',
		description: `Des séances en petits groupes après la classe et le mercredi, pour **aider les enfants à faire leurs devoirs**, à s’organiser et à reprendre confiance — sans refaire la classe. Une partie du temps va à des activités culturelles (lecture, jeux, sorties) qui donnent envie d’apprendre.

## Avec les parents

Les parents sont associés : on les accueille, on leur explique ce que l’école attend, on les aide à suivre la scolarité même quand ils ne lisent pas bien le français.

## Comment ça marche

- quatre séances d’environ 1 h 30 par semaine, après 16 h 30 et le mercredi ;
- une animatrice ou un animateur qui coordonne, des bénévoles (étudiantes et étudiants, retraités…) ;
- un lien régulier avec les enseignantes et enseignants.

## Ce qu’il faut sur place

Une salle d’au moins 30 m² avec des tables, des toilettes, un placard pour les livres et les jeux.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : fournitures, livres et jeux à la mise en place ; la coordination pour l’année.`,
		themes: ['EDU', 'JEU'],
		publics: ['children_3_11', 'young_people', 'families'],
		needsAnswered: [
			'Être aidé pour ses devoirs quand personne ne peut le faire à la maison',
			'Aider ses enfants dans leur scolarité quand on ne maîtrise pas le français',
			'Reprendre confiance à l’école'
		],
		minAreaM2: 30,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 2,
		outdoorM2: 0,
		stepFree: false,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 4,
		sessionMinutes: 90,
		preferredWindows: ['afternoon', 'wednesday'],
		staff: 1,
		volunteers: 6,
		setupCostMin: 500,
		setupCostMax: 3_000,
		yearlyCostMin: 10_000,
		yearlyCostMax: 35_000,
		impactIndicators: [
			'Nombre d’enfants suivis, par sexe et par niveau',
			'Assiduité des enfants',
			'Nombre de parents venus aux rencontres'
		],
		references: [
			{
				name: 'Contrats locaux d’accompagnement à la scolarité (CLAS)',
				place: 'France',
				note: 'Cadre national de l’accompagnement à la scolarité, cofinancé par les caisses d’allocations familiales.'
			}
		],
		translations: {
			en: {
				title: 'Homework help after school',
				summary:
					'After school and on Wednesdays, volunteers and a youth worker help children with homework, organisation and the wish to learn, together with parents and the school.'
			},
			ar: {
				title: 'المرافقة المدرسية (المساعدة في الواجبات)',
				summary:
					'بعد المدرسة ويوم الأربعاء، يساعد متطوعون ومنشّطة الأطفال في إنجاز واجباتهم وتنظيم عملهم وحب التعلّم، بالتعاون مع الأولياء والمدرسة.'
			}
		}
	},
	{
		slug: 'cuisine-partagee',
		title: 'Cuisine partagée de quartier',
		summary:
			'Une cuisine équipée ouverte aux habitantes et habitants pour cuisiner et manger ensemble, transmettre des recettes, préparer une fête ou lancer une petite activité de traiteur.',
		description: `Une cuisine **ouverte aux habitantes et aux habitants** du quartier, à certaines heures, pour cuisiner et manger ensemble. Chacune et chacun apporte ses recettes ; les repas se préparent à plusieurs et se partagent à prix libre ou modique.

## Ce qu’on y fait

- des repas partagés et des ateliers de cuisine (cuisine du monde, petits budgets, équilibre alimentaire) ;
- la préparation des fêtes de quartier ;
- un premier pas vers une activité de traiteur, pour celles et ceux qui veulent en faire un métier.

## Ce qu’il faut sur place

Une **cuisine complète** avec un point d’eau, une salle d’au moins 40 m² pour manger, du rangement (dont un réfrigérateur), des toilettes et un accès de plain-pied. La salle et la cuisine se partagent facilement avec d’autres usages.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : l’équipement de la cuisine s’il faut le créer (le bas de la fourchette si elle existe déjà) ; l’animation et les denrées de base pour l’année.`,
		themes: ['COH', 'AGR', 'SAN'],
		publics: ['everyone', 'families', 'seniors'],
		needsAnswered: [
			'Rompre l’isolement autour d’un repas',
			'Bien manger avec un petit budget',
			'Cuisiner quand on n’a pas de vraie cuisine chez soi'
		],
		minAreaM2: 40,
		kitchenLevel: 'full',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 4,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 3,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'school_hours', 'evening'],
		staff: 1,
		volunteers: 6,
		setupCostMin: 10_000,
		setupCostMax: 60_000,
		yearlyCostMin: 20_000,
		yearlyCostMax: 60_000,
		impactIndicators: [
			'Nombre de repas partagés et de convives, par sexe et par âge',
			'Nombre de personnes venues plusieurs fois',
			'Nombre d’ateliers cuisine menés par des habitantes et habitants'
		],
		references: [
			{
				name: 'Les Petites Cantines',
				place: 'Lyon et d’autres villes',
				note: 'Réseau de cantines de quartier où les convives cuisinent et mangent ensemble.'
			}
		],
		translations: {
			en: {
				title: 'Neighbourhood shared kitchen',
				summary:
					'An equipped kitchen open to residents to cook and eat together, pass on recipes, prepare a party or start a small catering activity.'
			},
			ar: {
				title: 'مطبخ مشترك في الحي',
				summary:
					'مطبخ مجهز مفتوح لسكان الحي للطبخ والأكل معاً، وتبادل الوصفات، والتحضير لحفلة أو بدء نشاط صغير في التموين.'
			}
		}
	},
	{
		slug: 'epicerie-solidaire',
		title: 'Épicerie solidaire',
		summary:
			'Un magasin où des ménages aux revenus modestes achètent des produits courants à 10 à 30 % de leur prix, le temps de réaliser un projet, avec un accompagnement et des ateliers.',
		description: `Une épicerie où des ménages orientés par les services sociaux **achètent** — et ne reçoivent pas — des produits alimentaires et d’hygiène à une petite fraction de leur prix habituel (couramment 10 à 30 %), pour une durée limitée. L’économie réalisée sert un projet : payer une dette, passer le permis, équiper un logement.

## Plus qu’un magasin

L’épicerie est aussi un lieu d’accueil : ateliers cuisine et budget, café, information sur les droits. Faire ses courses comme tout le monde préserve la dignité.

## Ce qu’il faut sur place

Une boutique d’au moins 50 m² de plain-pied, du **stockage** (environ 15 m², dont réfrigérateurs et congélateurs), des toilettes et un **accès pour un camion** de livraison.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : froid, rayonnages et caisse à la mise en place ; le loyer éventuel, la coordination et l’achat des produits pour l’année, en partie couverts par les ventes.`,
		themes: ['COH', 'AGR', 'ECO'],
		publics: ['families', 'everyone'],
		needsAnswered: [
			'Se nourrir correctement quand le budget ne suit plus',
			'Dégager de quoi réaliser un projet (dette, permis, logement)',
			'Être accueilli sans être assisté'
		],
		minAreaM2: 50,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 15,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: true,
		waterPoint: false,
		sessionsPerWeek: 3,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'afternoon'],
		staff: 1,
		volunteers: 8,
		setupCostMin: 15_000,
		setupCostMax: 50_000,
		yearlyCostMin: 40_000,
		yearlyCostMax: 100_000,
		impactIndicators: [
			'Nombre de ménages accueillis et durée moyenne d’accès',
			'Projets réalisés grâce aux économies',
			'Participation aux ateliers'
		],
		references: [
			{
				name: 'ANDES – Réseau national des épiceries solidaires',
				place: 'France',
				note: 'Réseau qui accompagne la création et le fonctionnement d’épiceries solidaires.'
			}
		],
		translations: {
			en: {
				title: 'Solidarity grocery',
				summary:
					'A shop where low-income households buy everyday products at 10 to 30 % of their price for a while, to fund a personal project, with support and workshops.'
			},
			ar: {
				title: 'بقالة تضامنية',
				summary:
					'متجر تشتري فيه الأسر ذات الدخل المحدود المنتجات اليومية بـ10 إلى 30 % من ثمنها لفترة محدودة، لتمويل مشروع شخصي، مع مرافقة وورشات.'
			}
		}
	},
	{
		slug: 'repair-cafe',
		title: 'Repair café',
		summary:
			'Des bénévoles bricoleuses et bricoleurs aident les habitantes et habitants à réparer eux-mêmes leurs objets — petit électroménager, vêtements, vélos, jouets — autour d’un café.',
		description: `Un rendez-vous régulier, souvent une fois par mois, où l’on apporte un objet en panne et où **on apprend à le réparer** avec une ou un bénévole : grille-pain, lampe, vêtement décousu, vélo, jouet, ordinateur. On répare ensemble, on ne dépose pas l’objet.

## Pourquoi ça marche dans un quartier

On y gagne de l’argent (moins de rachats), on y rencontre des voisins, et des habitants découvrent qu’ils ont un savoir-faire utile aux autres.

## Ce qu’il faut sur place

Une salle d’au moins 40 m² avec des tables solides, des prises électriques en nombre, un placard pour l’outillage (environ 3 m²), des toilettes et un accès de plain-pied.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : l’outillage et les pièces de base à la mise en place ; l’assurance, les consommables et le café pour l’année.`,
		themes: ['DEC', 'COH', 'PAR'],
		publics: ['everyone'],
		needsAnswered: [
			'Faire durer ses objets au lieu de les racheter',
			'Apprendre à réparer soi-même',
			'Rencontrer ses voisins et partager un savoir-faire'
		],
		minAreaM2: 40,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 3,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 1,
		sessionMinutes: 180,
		preferredWindows: ['weekend', 'afternoon'],
		staff: 0,
		volunteers: 8,
		setupCostMin: 500,
		setupCostMax: 3_000,
		yearlyCostMin: 1_000,
		yearlyCostMax: 5_000,
		impactIndicators: [
			'Nombre d’objets apportés et part des objets réparés',
			'Poids de déchets évités (estimation)',
			'Nombre de bénévoles réparatrices et réparateurs, par sexe'
		],
		references: [
			{
				name: 'Repair Café',
				place: 'Amsterdam (Pays-Bas), puis dans le monde entier',
				url: 'https://www.repaircafe.org',
				note: 'Mouvement né à Amsterdam en 2009, à l’initiative de Martine Postma.'
			}
		],
		translations: {
			en: {
				title: 'Repair café',
				summary:
					'Volunteer fixers help residents repair their own things — small appliances, clothes, bikes, toys — over a cup of coffee.'
			},
			ar: {
				title: 'مقهى التصليح',
				summary:
					'متطوعون ماهرون يساعدون السكان على تصليح أغراضهم بأنفسهم — الأجهزة المنزلية الصغيرة، الملابس، الدراجات، الألعاب — حول فنجان قهوة.'
			}
		}
	},
	{
		slug: 'jardin-partage',
		title: 'Jardin partagé',
		summary:
			'Un jardin cultivé ensemble par les habitantes et habitants au pied des immeubles : légumes, fleurs, compost, fêtes et ateliers avec les écoles.',
		description: `Un terrain, souvent au pied des immeubles, que les habitantes et habitants **cultivent ensemble** : parcelles collectives et parfois individuelles, compost, fleurs, aromatiques. Le jardin est ouvert lors de permanences et accueille écoles, centres de loisirs et fêtes de quartier.

## Comment ça marche

- une association ou un collectif d’habitants signe une convention avec le propriétaire du terrain (commune, bailleur) ;
- des permanences deux fois par semaine, le mercredi et le week-end ;
- une animatrice ou un animateur à temps partiel au démarrage aide le collectif à s’organiser.

## Ce qu’il faut sur place

Au moins **150 m² d’extérieur** ensoleillé, un **point d’eau** et un abri ou un local pour les outils (environ 4 m²).

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : préparation du sol, bacs, clôture, abri et outils à la mise en place ; eau, semences et animation pour l’année.`,
		themes: ['BIO', 'AGR', 'COH', 'PAR'],
		publics: ['everyone', 'families', 'seniors'],
		needsAnswered: [
			'Avoir accès à un coin de nature près de chez soi',
			'Cultiver des légumes frais',
			'Se retrouver entre voisins, entre générations'
		],
		minAreaM2: 0,
		kitchenLevel: 'none',
		toilets: false,
		childToilets: false,
		changingTable: false,
		storageM2: 4,
		outdoorM2: 150,
		stepFree: false,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 2,
		sessionMinutes: 120,
		preferredWindows: ['wednesday', 'weekend', 'afternoon'],
		staff: 1,
		volunteers: 10,
		setupCostMin: 3_000,
		setupCostMax: 20_000,
		yearlyCostMin: 2_000,
		yearlyCostMax: 10_000,
		impactIndicators: [
			'Nombre de jardinières et jardiniers réguliers, par sexe et par âge',
			'Nombre de classes et de groupes accueillis',
			'Quantité de compost produit'
		],
		references: [
			{
				name: 'Charte Main Verte des jardins partagés',
				place: 'Paris',
				note: 'Cadre par lequel la Ville de Paris confie des terrains à des associations de jardins partagés.'
			}
		],
		translations: {
			en: {
				title: 'Shared garden',
				summary:
					'A garden grown together by residents at the foot of their buildings: vegetables, flowers, compost, parties and workshops with schools.'
			},
			ar: {
				title: 'حديقة مشتركة',
				summary: 'حديقة يزرعها السكان معاً أسفل العمارات: خضر وزهور وسماد عضوي وحفلات وورشات مع المدارس.'
			}
		}
	},
	{
		slug: 'ludotheque',
		title: 'Ludothèque',
		summary:
			'Un lieu pour jouer sur place et emprunter des jeux et des jouets, ouvert aux enfants avec leurs parents, aux jeunes et aux adultes : le jeu comme occasion de se rencontrer.',
		description: `Une ludothèque prête des jeux et des jouets et propose de **jouer sur place**, en famille ou entre voisins. Une ludothécaire conseille, anime des soirées jeux et accueille des groupes (crèches, écoles, centres de loisirs).

## Pourquoi dans un quartier

Le jeu rapproche les parents et les enfants, les générations et les habitants qui ne parlent pas la même langue. L’emprunt donne accès à des jeux que beaucoup de familles ne peuvent pas acheter.

## Ce qu’il faut sur place

Une salle d’au moins 60 m² de plain-pied (poussettes), beaucoup de **rangement** pour le fonds de jeux (environ 12 m²) et des toilettes.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : le fonds de jeux et le mobilier à la mise en place ; le poste de ludothécaire et le renouvellement des jeux pour l’année.`,
		themes: ['LOI', 'JEU', 'COH'],
		publics: ['families', 'children_3_11', 'everyone'],
		needsAnswered: [
			'Jouer avec ses enfants hors de la maison',
			'Accéder à des jeux sans les acheter',
			'Rencontrer d’autres familles'
		],
		minAreaM2: 60,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 12,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 3,
		sessionMinutes: 180,
		preferredWindows: ['wednesday', 'weekend', 'school_holidays'],
		staff: 1,
		volunteers: 3,
		setupCostMin: 5_000,
		setupCostMax: 20_000,
		yearlyCostMin: 30_000,
		yearlyCostMax: 60_000,
		impactIndicators: [
			'Nombre de familles adhérentes',
			'Nombre de prêts de jeux',
			'Fréquentation des temps de jeu sur place, par âge'
		],
		references: [
			{
				name: 'Association des ludothèques françaises (ALF)',
				place: 'France',
				note: 'Réseau national des ludothèques.'
			}
		],
		translations: {
			en: {
				title: 'Toy library',
				summary:
					'A place to play on site and borrow games and toys, open to children with their parents, young people and adults: play as a way to meet.'
			},
			ar: {
				title: 'مكتبة الألعاب',
				summary:
					'مكان للعب في عين المكان واستعارة الألعاب، مفتوح للأطفال مع أوليائهم وللشباب والكبار: اللعب فرصة للتعارف.'
			}
		}
	},
	{
		slug: 'mediation-numerique',
		title: 'Médiation numérique',
		summary:
			'Des permanences et des ateliers pour apprendre à se servir d’un téléphone ou d’un ordinateur et faire ses démarches en ligne (CAF, France Travail, impôts, école) sans dépendre des autres.',
		description: `Une conseillère ou un conseiller numérique accueille sur rendez-vous ou en permanence libre pour **aider à faire les démarches en ligne** — et surtout pour apprendre à les faire seul : créer une adresse électronique, se connecter à son espace CAF ou France Travail, suivre l’espace numérique de l’école, reconnaître une arnaque.

## Comment ça marche

- trois permanences par semaine, en journée ;
- des ateliers collectifs courts (le téléphone, la messagerie, les démarches) ;
- des ordinateurs et une connexion sur place, pour celles et ceux qui n’en ont pas.

## Ce qu’il faut sur place

Une salle d’au moins 25 m² avec des prises, une bonne connexion, des toilettes et un accès de plain-pied. Un coin à l’écart permet de traiter les démarches confidentielles.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : ordinateurs, imprimante et connexion à la mise en place ; le poste de médiatrice ou médiateur pour l’année.`,
		themes: ['NUM', 'DRO', 'INS'],
		publics: ['everyone', 'seniors', 'adults_learning_french'],
		needsAnswered: [
			'Faire ses démarches en ligne sans dépendre des autres',
			'Apprendre à utiliser un téléphone ou un ordinateur',
			'Ne pas perdre ses droits faute de compte en ligne'
		],
		minAreaM2: 25,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 1,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 3,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'afternoon'],
		staff: 1,
		volunteers: 2,
		setupCostMin: 3_000,
		setupCostMax: 12_000,
		yearlyCostMin: 25_000,
		yearlyCostMax: 50_000,
		impactIndicators: [
			'Nombre de personnes accompagnées, par sexe et par âge',
			'Nombre de démarches menées à bout',
			'Personnes devenues autonomes pour une démarche donnée'
		],
		references: [
			{
				name: 'Conseillers numériques France Services',
				place: 'France',
				note: 'Dispositif de l’État qui finance des postes de conseillères et conseillers numériques dans les collectivités et les associations.'
			},
			{
				name: 'Emmaüs Connect',
				place: 'France',
				note: 'Association qui accompagne les personnes en précarité vers l’autonomie numérique.'
			}
		],
		translations: {
			en: {
				title: 'Digital inclusion support',
				summary:
					'Drop-in sessions and workshops to learn to use a phone or a computer and do paperwork online (family benefits, job centre, taxes, school) without depending on others.'
			},
			ar: {
				title: 'الوساطة الرقمية',
				summary:
					'حصص استقبال وورشات لتعلّم استعمال الهاتف أو الحاسوب وإنجاز الإجراءات عبر الإنترنت (المنح العائلية، التشغيل، الضرائب، المدرسة) دون الاعتماد على الآخرين.'
			}
		}
	},
	{
		slug: 'ecrivain-public-acces-aux-droits',
		title: 'Écrivain public et accès aux droits',
		summary:
			'Une permanence gratuite et confidentielle pour comprendre un courrier, écrire une lettre, remplir un dossier et faire valoir ses droits (logement, prestations, titre de séjour, litiges).',
		description: `Une écrivaine publique ou un écrivain public reçoit **gratuitement et en toute confidentialité** pour lire et expliquer un courrier, rédiger une lettre, remplir un dossier, préparer un recours. La permanence oriente vers les bons interlocuteurs (travailleurs sociaux, juristes, avocats lors des consultations gratuites).

## Pourquoi c’est important

Beaucoup de droits ne sont pas demandés faute de comprendre les courriers ou les formulaires (le « non-recours »). Une aide de proximité, dans une langue que la personne comprend quand c’est possible, évite des ruptures de droits, des dettes et des expulsions.

## Ce qu’il faut sur place

Un **bureau fermé** d’au moins 12 m² pour la confidentialité, de plain-pied, avec des toilettes à proximité ; une salle d’attente partagée suffit.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : mobilier, ordinateur et imprimante à la mise en place ; le poste ou la coordination des bénévoles pour l’année.`,
		themes: ['DRO', 'MED', 'SER'],
		publics: ['everyone', 'adults_learning_french', 'seniors'],
		needsAnswered: [
			'Comprendre un courrier administratif',
			'Écrire une lettre ou remplir un dossier',
			'Faire valoir ses droits et éviter les ruptures'
		],
		minAreaM2: 12,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 0,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 2,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'afternoon'],
		staff: 1,
		volunteers: 2,
		setupCostMin: 1_000,
		setupCostMax: 4_000,
		yearlyCostMin: 15_000,
		yearlyCostMax: 40_000,
		impactIndicators: [
			'Nombre de personnes reçues, par sexe',
			'Nature des démarches (logement, prestations, séjour, litiges…)',
			'Droits ouverts ou rétablis'
		],
		references: [
			{
				name: 'France services',
				place: 'France',
				note: 'Réseau de guichets où l’on est aidé pour ses démarches administratives auprès de plusieurs services publics.'
			},
			{
				name: 'Points-justice',
				place: 'France',
				note: 'Lieux d’accès au droit où l’on reçoit une information juridique gratuite.'
			}
		],
		translations: {
			en: {
				title: 'Public letter-writer and access to rights',
				summary:
					'A free, confidential drop-in to understand a letter, write one, fill in a form and claim one’s rights (housing, benefits, residence permit, disputes).'
			},
			ar: {
				title: 'الكاتب العمومي والوصول إلى الحقوق',
				summary:
					'حصة استقبال مجانية وسرية لفهم رسالة، وكتابة رسالة، وملء ملف، والمطالبة بالحقوق (السكن، المنح، بطاقة الإقامة، النزاعات).'
			}
		}
	},
	{
		slug: 'garde-enfants-pendant-formation',
		title: 'Garde d’enfants pendant les cours et la recherche d’emploi',
		summary:
			'Une halte-garderie de quelques heures, à côté des cours de français, des formations et des rendez-vous d’emploi, pour que les mères de jeunes enfants puissent y aller.',
		description: `Beaucoup de mères renoncent à un cours de français, à une formation ou à un rendez-vous d’emploi faute de pouvoir faire garder leur jeune enfant. Une **halte-garderie de quelques heures**, installée à côté ou au même moment que ces activités, lève cet obstacle.

## Comment ça marche

- quatre demi-journées par semaine, calées sur les horaires des cours et des ateliers ;
- des professionnelles de la petite enfance, avec l’agrément de la PMI ;
- une première séparation en douceur, souvent bénéfique à l’enfant avant l’école.

## Ce qu’il faut sur place

Une salle d’au moins 30 m² de plain-pied, avec **toilettes pour enfants**, **table à langer** et point d’eau, du rangement pour les jeux et les lits pliants. Un goûter suffit : pas besoin de cuisine.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : mobilier et jeux adaptés à la mise en place ; le personnel diplômé pour l’année.`,
		themes: ['JEU', 'INS', 'FOR'],
		publics: ['children_0_3', 'women', 'adults_learning_french'],
		needsAnswered: [
			'Aller en cours ou en formation quand on a un jeune enfant',
			'Se rendre à un rendez-vous d’emploi',
			'Habituer l’enfant à d’autres adultes avant l’école'
		],
		minAreaM2: 30,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: true,
		changingTable: true,
		storageM2: 4,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 4,
		sessionMinutes: 180,
		preferredWindows: ['school_hours', 'morning'],
		staff: 2,
		volunteers: 0,
		setupCostMin: 10_000,
		setupCostMax: 30_000,
		yearlyCostMin: 40_000,
		yearlyCostMax: 90_000,
		impactIndicators: [
			'Nombre d’enfants gardés',
			'Nombre de mères ayant suivi un cours ou une formation grâce à la garde',
			'Assiduité des parents aux cours'
		],
		references: [
			{
				name: 'Crèches à vocation d’insertion professionnelle (AVIP)',
				place: 'France',
				note: 'Label national : des places de crèche réservées aux enfants de parents en recherche d’emploi ou en formation.'
			}
		],
		translations: {
			en: {
				title: 'Childcare during classes and job search',
				summary:
					'A few-hour drop-in nursery next to French classes, training and job appointments, so that mothers of young children can attend them.'
			},
			ar: {
				title: 'حراسة الأطفال أثناء الدروس والبحث عن عمل',
				summary:
					'روضة لبضع ساعات بجانب دروس الفرنسية والتكوين ومواعيد التشغيل، حتى تتمكن أمهات الأطفال الصغار من حضورها.'
			}
		}
	},
	{
		slug: 'vestiaire-solidaire',
		title: 'Vestiaire solidaire',
		summary:
			'Des vêtements donnés, triés et remis en boutique à petit prix pour toutes et tous, tenus par des bénévoles : s’habiller dignement, donner une seconde vie aux vêtements.',
		description: `Un vestiaire où des vêtements donnés par les habitants et les entreprises sont **triés, remis en état et vendus à petit prix** — ou donnés sur orientation sociale. La boutique est ouverte à tout le monde : on y vient pour s’habiller, pour donner, pour rencontrer.

## Comment ça marche

- des bénévoles trient les dons et tiennent la boutique deux demi-journées par semaine ;
- une cabine d’essayage et un rayon enfants ;
- les vêtements invendables partent vers les filières de recyclage textile.

## Ce qu’il faut sur place

Une salle d’au moins 40 m² de plain-pied et surtout du **stockage** pour le tri (environ 15 m²).

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : portants, étagères et cabine à la mise en place ; assurance, sacs et petit matériel pour l’année.`,
		themes: ['DEC', 'COH'],
		publics: ['everyone', 'families'],
		needsAnswered: [
			'S’habiller, habiller ses enfants avec un petit budget',
			'Trouver une tenue pour un entretien d’embauche',
			'Donner ses vêtements au lieu de les jeter'
		],
		minAreaM2: 40,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 15,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 2,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'afternoon', 'wednesday'],
		staff: 0,
		volunteers: 8,
		setupCostMin: 2_000,
		setupCostMax: 8_000,
		yearlyCostMin: 3_000,
		yearlyCostMax: 15_000,
		impactIndicators: [
			'Nombre de personnes venues s’habiller',
			'Kilos de vêtements collectés et remis en circulation',
			'Nombre de bénévoles, par sexe'
		],
		references: [
			{
				name: 'Vestiboutiques de la Croix-Rouge française',
				place: 'France',
				note: 'Boutiques de vêtements de seconde main ouvertes à toutes et à tous.'
			}
		],
		translations: {
			en: {
				title: 'Solidarity wardrobe',
				summary:
					'Donated clothes, sorted and sold cheaply to everyone in a shop run by volunteers: dressing with dignity and giving clothes a second life.'
			},
			ar: {
				title: 'خزانة ملابس تضامنية',
				summary: 'ملابس متبرع بها تُفرز وتُعرض في متجر يديره متطوعون بأسعار زهيدة للجميع: لباس لائق وحياة ثانية للملابس.'
			}
		}
	},
	{
		slug: 'lieu-accueil-enfants-parents',
		title: 'Lieu d’accueil enfants-parents (LAEP)',
		summary:
			'Un lieu gratuit et anonyme où les parents viennent avec leurs enfants de moins de 6 ans pour jouer, rencontrer d’autres parents et parler avec des accueillantes, sans inscription.',
		description: `Un espace où l’on vient **avec son enfant**, sans inscription, sans donner son nom, gratuitement. L’enfant joue avec d’autres enfants ; le parent rencontre d’autres parents et peut parler avec deux accueillantes formées à l’écoute. On reste le temps qu’on veut.

## Pourquoi dans un quartier

Le lieu rompt l’isolement des mères seules avec de jeunes enfants, prépare en douceur la séparation avant la crèche ou l’école et permet de parler des difficultés du quotidien sans être jugée.

## Ce qu’il faut sur place

Une salle d’au moins 40 m² de plain-pied, **toilettes pour enfants**, **table à langer**, point d’eau et rangement pour les jeux. La salle se partage bien avec d’autres usages en dehors des heures d’accueil.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : jeux et mobilier à la mise en place ; les heures des accueillantes et leur supervision pour l’année.`,
		themes: ['JEU', 'COH', 'EDU'],
		publics: ['children_0_3', 'families', 'women'],
		needsAnswered: [
			'Rompre l’isolement quand on est seule avec un jeune enfant',
			'Préparer l’enfant à la séparation avant la crèche ou l’école',
			'Parler de ses questions de parent sans être jugé'
		],
		minAreaM2: 40,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: true,
		changingTable: true,
		storageM2: 3,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 2,
		sessionMinutes: 180,
		preferredWindows: ['morning', 'school_hours'],
		staff: 2,
		volunteers: 0,
		setupCostMin: 3_000,
		setupCostMax: 10_000,
		yearlyCostMin: 20_000,
		yearlyCostMax: 45_000,
		impactIndicators: [
			'Nombre de venues d’enfants et d’adultes, par sexe de l’adulte',
			'Nombre de familles venues plusieurs fois',
			'Part des pères parmi les adultes accompagnants'
		],
		references: [
			{
				name: 'La Maison Verte',
				place: 'Paris',
				note: 'Lieu d’accueil enfants-parents ouvert en 1979 à l’initiative de Françoise Dolto, modèle des LAEP.'
			}
		],
		translations: {
			en: {
				title: 'Parent and child drop-in (LAEP)',
				summary:
					'A free, anonymous place where parents come with their under-6s to play, meet other parents and talk with trained listeners, with no registration.'
			},
			ar: {
				title: 'فضاء استقبال الأطفال والأولياء',
				summary:
					'مكان مجاني ومن دون ذكر الهوية يأتي إليه الأولياء مع أطفالهم دون السادسة للعب ولقاء أولياء آخرين والتحدث مع مستقبِلات مكوَّنات، من دون تسجيل.'
			}
		}
	},
	{
		slug: 'marche-exploratoire-femmes',
		title: 'Marche exploratoire de femmes',
		summary:
			'Des groupes d’habitantes parcourent leur quartier, de jour et à la tombée de la nuit, relèvent ce qui les gêne ou leur fait peur (éclairage, recoins, trottoirs) et le présentent aux élus et aux bailleurs.',
		description: `Un groupe d’une dizaine d’habitantes prépare un itinéraire dans le quartier, le **parcourt de jour et à la tombée de la nuit**, et note ce qui rend l’espace public difficile ou inquiétant : éclairage, recoins, trottoirs encombrés, arrêts de bus, entrées d’immeubles. Le groupe formule des propositions et **les présente aux élus, aux services et au bailleur**, puis suit ce qui est fait.

## Ce que ça change

Les femmes deviennent expertes de leur quartier et interlocutrices des décideurs. Les aménagements qui en sortent (éclairage, cheminements, mobilier) profitent à toutes et à tous, et la démarche nourrit les projets de renouvellement urbain.

## Comment ça marche

Une séance de préparation, deux marches, une séance de synthèse et une restitution publique, sur quelques semaines, avec une animatrice.

## Ce qu’il faut sur place

Une salle de réunion d’au moins 20 m² de plain-pied, avec des toilettes, pour préparer et faire le bilan ; le reste se passe dehors.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : supports et cartes à la mise en place ; l’animation, les restitutions et la garde d’enfants pendant les séances pour l’année.`,
		themes: ['DRO', 'URB', 'PAR', 'AME'],
		publics: ['women'],
		needsAnswered: [
			'Se sentir en sécurité dans l’espace public',
			'Être écoutée sur l’aménagement de son quartier',
			'Peser sur le projet de renouvellement urbain'
		],
		minAreaM2: 20,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 0,
		outdoorM2: 0,
		stepFree: true,
		vanAccess: false,
		waterPoint: false,
		sessionsPerWeek: 1,
		sessionMinutes: 150,
		preferredWindows: ['afternoon', 'evening'],
		staff: 1,
		volunteers: 2,
		setupCostMin: 500,
		setupCostMax: 3_000,
		yearlyCostMin: 3_000,
		yearlyCostMax: 12_000,
		impactIndicators: [
			'Nombre de participantes',
			'Nombre de propositions faites et mises en œuvre',
			'Sentiment de sécurité déclaré avant et après les aménagements'
		],
		references: [],
		translations: {
			en: {
				title: 'Women’s safety walk',
				summary:
					'Groups of women residents walk their neighbourhood by day and at dusk, note what bothers or frightens them (lighting, corners, pavements) and present it to elected officials and landlords.'
			},
			ar: {
				title: 'جولة استكشافية للنساء',
				summary:
					'مجموعات من الساكنات يتجوّلن في حيّهن نهاراً وعند الغروب، ويسجّلن ما يزعجهن أو يخيفهن (الإنارة، الزوايا المعزولة، الأرصفة) ويعرضنه على المنتخَبين ومؤسسات السكن.'
			}
		}
	},
	{
		slug: 'atelier-velo-solidaire',
		title: 'Atelier vélo participatif et solidaire',
		summary:
			'Un atelier où l’on apprend à réparer et entretenir son vélo avec des outils partagés et l’aide de bénévoles, où l’on récupère des vélos et où l’on apprend à rouler en ville.',
		description: `Un atelier équipé d’outils partagés où chacune et chacun **répare son vélo soi-même**, avec l’aide de bénévoles et d’une animatrice ou d’un animateur mécanicien. Des vélos récupérés sont remis en état et revendus à petit prix ; des séances de **vélo-école** apprennent à rouler, notamment aux femmes qui n’ont jamais appris.

## Pourquoi dans un quartier

Le vélo donne accès à l’emploi, aux commerces et aux loisirs quand les transports sont rares ou chers. L’atelier est aussi un lieu de rencontre entre générations.

## Ce qu’il faut sur place

Un local d’au moins 40 m² **de plain-pied** (on entre avec les vélos), du **rangement** pour les vélos et les pièces (environ 10 m²), un point d’eau et une petite cour ou un trottoir large (environ 20 m²) pour les essais.

## Coûts

${ORDERS_OF_MAGNITUDE} Ici : établis, outillage et pieds d’atelier à la mise en place ; le poste d’animation et les pièces pour l’année, en partie couverts par les adhésions et les ventes.`,
		themes: ['MOB', 'DEC', 'COH'],
		publics: ['everyone', 'young_people', 'women'],
		needsAnswered: [
			'Se déplacer sans voiture et à petit prix',
			'Apprendre à rouler à vélo à l’âge adulte',
			'Entretenir son vélo soi-même'
		],
		minAreaM2: 40,
		kitchenLevel: 'none',
		toilets: true,
		childToilets: false,
		changingTable: false,
		storageM2: 10,
		outdoorM2: 20,
		stepFree: true,
		vanAccess: false,
		waterPoint: true,
		sessionsPerWeek: 2,
		sessionMinutes: 180,
		preferredWindows: ['wednesday', 'weekend', 'evening'],
		staff: 1,
		volunteers: 5,
		setupCostMin: 5_000,
		setupCostMax: 20_000,
		yearlyCostMin: 20_000,
		yearlyCostMax: 50_000,
		impactIndicators: [
			'Nombre d’adhérentes et d’adhérents, par sexe',
			'Nombre de vélos réparés et de vélos remis en circulation',
			'Nombre de personnes ayant appris à rouler'
		],
		references: [
			{
				name: 'L’Heureux Cyclage',
				place: 'France',
				note: 'Réseau des ateliers vélo participatifs et solidaires.'
			}
		],
		translations: {
			en: {
				title: 'Community bike workshop',
				summary:
					'A workshop where people learn to repair and maintain their own bike with shared tools and help from volunteers, where bikes are recycled and where adults learn to ride in town.'
			},
			ar: {
				title: 'ورشة دراجات تشاركية وتضامنية',
				summary:
					'ورشة يتعلم فيها الناس تصليح دراجاتهم وصيانتها بأدوات مشتركة وبمساعدة متطوعين، وتُستصلح فيها دراجات مستعملة، ويتعلم فيها الكبار ركوب الدراجة في المدينة.'
			}
		}
	}
];
