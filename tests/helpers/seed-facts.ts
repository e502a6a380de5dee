/** Facts of the source document that the two-page sheet must carry (it may summarize, not omit). */
export const SEED_FACTS = [
  '2 March 1992', '46/225',
  'Manas', 'International Year of Mountains', 'Year of Kyrgyz Statehood', 'Sustainable mountain development',
  'World Day of Social Justice', 'radiation threat in Central Asia', 'nuclear-weapon-free zone in Central Asia',
  'Rendering assistance to poor mountain countries', 'interreligious and intercultural dialogue',
  'Central Asian region', 'World Nomad Games', 'Issyk-Kul',
  'Treaty on a Nuclear-Weapon-Free Zone in Central Asia', '21 March 2009', 'Depositary',
  'General Committee', 'Human Rights Council', 'UNEP Governing Council', 'Committee on Conferences',
  'UNDP/UNFPA/UNOPS Executive Board', 'Committee on NGOs', 'Commission on Narcotic Drugs',
  'Commission on Crime Prevention and Criminal Justice', 'Commission on the Status of Women',
  'Commission on Sustainable Development', 'International Telecommunication Union', 'Radio Regulations Board',
  'Economic and Social Council', 'Intangible Cultural Heritage', 'Accounting and Reporting', '2018–2021', '2016–2018',
  'Security Council', '2027–2028', '142 votes',
  'UNDP', 'UNICEF', 'UNFPA', 'UN Women', 'UNHCR', 'OHCHR', 'UNODC', 'WHO',
  'UNOCT', 'CTED', 'CTC', 'UNRCCA', 'UNODA',
  'about 150', '1998', 'Sierra Leone', 'Liberia', 'Kosovo', 'Sudan', 'East Timor', 'Eritrea', 'Haiti', 'Chad', 'Darfur', 'South Sudan', 'Abyei',
  'Combating terrorism', 'Drug trafficking', 'Afghanistan', 'Water and energy', 'uranium tailings', 'Preventive diplomacy', 'Social issues and human rights',
]

