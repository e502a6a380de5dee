/**
 * Facts of the source document that a source confirms: the briefing pack carries every one. The claims
 * no source confirmed (bodies named without a term, Sierra Leone, Eritrea/Ethiopia) are left out of print.
 */
export const SEED_FACTS = [
  '2 March 1992', '46/225',
  'Manas', 'International Year of Mountains', 'Year of Kyrgyz Statehood', 'Sustainable mountain development',
  'World Day of Social Justice', 'radiation threat in Central Asia', 'nuclear-weapon-free zone in Central Asia',
  'Rendering assistance to poor mountain countries', 'interreligious and intercultural dialogue',
  'Central Asian region', 'World Nomad Games', 'Issyk-Kul',
  'Treaty on a Nuclear-Weapon-Free Zone in Central Asia', '21 March 2009', 'Depositary',
  'Human Rights Council', 'Commission on Narcotic Drugs', 'Commission on the Status of Women', 'International Telecommunication Union', 'Radio Regulations Board',
  'Economic and Social Council', 'Intangible Cultural Heritage', 'Accounting and Reporting', '2018–2021', '2016–2018',
  'Security Council', '2027–2028', '142 votes',
  'UNDP', 'UNICEF', 'UNFPA', 'UN Women', 'UNHCR', 'OHCHR', 'UNODC', 'WHO',
  'UNOCT', 'CTED', 'CTC', 'UNRCCA', 'UNODA',
  'about 150', '1998', 'Liberia', 'Kosovo', 'Sudan', 'Timor-Leste', 'Haiti', 'Chad', 'Darfur', 'South Sudan', 'Abyei',
  'Combating terrorism', 'Drug trafficking', 'Afghanistan', 'Water and energy', 'uranium tailings', 'Preventive diplomacy', 'Social issues and human rights',
]


/** What the two-page sheet must say: the highlighted milestones, resolutions, terms, entities and missions. */
export const SHEET_FACTS = [
  '2 March 1992', 'International Year of Mountains', 'Sustainable mountain development', 'radiation threat in Central Asia',
  'Treaty on a Nuclear-Weapon-Free Zone in Central Asia', '21 March 2009', 'Human Rights Council', 'Commission on Narcotic Drugs',
  'Security Council', '2027–2028', '142 votes', 'UNDP', 'OHCHR', 'Darfur', 'South Sudan',
]
