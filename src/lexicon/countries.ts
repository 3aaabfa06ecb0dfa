/**
 * General knowledge about countries: names, short forms, demonyms and capitals (a capital often
 * stands for its government in news: "Beijing says", "talks with Washington"). Used to type places
 * and to recognise the sides of a story; nothing here is about any one article.
 */
export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string;
}

// name | aliases | demonyms | capital
const TABLE = `
United States|U.S.,US,USA,U.S.A.,America,United States of America|American,Americans|Washington
China|People's Republic of China,PRC,Mainland China|Chinese|Beijing
Russia|Russian Federation|Russian,Russians|Moscow
United Kingdom|U.K.,UK,Britain,Great Britain|British,Briton,Britons|London
France||French|Paris
Germany||German,Germans|Berlin
Japan||Japanese|Tokyo
South Korea|Republic of Korea,ROK|South Korean,South Koreans|Seoul
North Korea|DPRK|North Korean,North Koreans|Pyongyang
India||Indian,Indians|New Delhi
Pakistan||Pakistani,Pakistanis|Islamabad
Taiwan||Taiwanese|Taipei
Canada||Canadian,Canadians|Ottawa
Mexico||Mexican,Mexicans|Mexico City
Brazil||Brazilian,Brazilians|Brasilia
Argentina||Argentine,Argentinian,Argentines|Buenos Aires
Chile||Chilean,Chileans|Santiago
Colombia||Colombian,Colombians|Bogota
Venezuela||Venezuelan,Venezuelans|Caracas
Peru||Peruvian,Peruvians|Lima
Cuba||Cuban,Cubans|Havana
Australia||Australian,Australians|Canberra
New Zealand||New Zealander,New Zealanders|Wellington
Italy||Italian,Italians|Rome
Spain||Spanish,Spaniard,Spaniards|Madrid
Portugal||Portuguese|Lisbon
Netherlands|Holland|Dutch|Amsterdam
Belgium||Belgian,Belgians|Brussels
Switzerland||Swiss|Bern
Austria||Austrian,Austrians|Vienna
Sweden||Swedish,Swede,Swedes|Stockholm
Norway||Norwegian,Norwegians|Oslo
Denmark||Danish,Dane,Danes|Copenhagen
Finland||Finnish,Finn,Finns|Helsinki
Poland||Polish,Pole,Poles|Warsaw
Ukraine||Ukrainian,Ukrainians|Kyiv
Greece||Greek,Greeks|Athens
Turkey|Turkiye,Türkiye|Turkish,Turk,Turks|Ankara
Ireland||Irish|Dublin
Israel||Israeli,Israelis|Jerusalem
Iran||Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Syria||Syrian,Syrians|Damascus
Saudi Arabia||Saudi,Saudis|Riyadh
Egypt||Egyptian,Egyptians|Cairo
South Africa||South African,South Africans|Pretoria
Nigeria||Nigerian,Nigerians|Abuja
Kenya||Kenyan,Kenyans|Nairobi
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Afghanistan||Afghan,Afghans|Kabul
Indonesia||Indonesian,Indonesians|Jakarta
Philippines||Filipino,Filipinos,Philippine|Manila
Vietnam|Viet Nam|Vietnamese|Hanoi
Thailand||Thai|Bangkok
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Singapore||Singaporean,Singaporeans|Singapore
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Hungary||Hungarian,Hungarians|Budapest
Czech Republic|Czechia|Czech,Czechs|Prague
Romania||Romanian,Romanians|Bucharest
Belarus||Belarusian,Belarusians|Minsk
Qatar||Qatari,Qataris|Doha
United Arab Emirates|UAE,U.A.E.|Emirati,Emiratis|Abu Dhabi
Myanmar|Burma|Burmese|Naypyitaw
Hong Kong||Hong Konger,Hong Kongers|Hong Kong
Iceland||Icelandic,Icelander,Icelanders|Reykjavik
Estonia||Estonian,Estonians|Tallinn
Latvia||Latvian,Latvians|Riga
Lithuania||Lithuanian,Lithuanians|Vilnius
Slovakia||Slovak,Slovaks|Bratislava
Slovenia||Slovenian,Slovenians|Ljubljana
Croatia||Croatian,Croatians|Zagreb
Serbia||Serbian,Serbians|Belgrade
Bulgaria||Bulgarian,Bulgarians|Sofia
Georgia||Georgian,Georgians|Tbilisi
Armenia||Armenian,Armenians|Yerevan
Azerbaijan||Azerbaijani,Azerbaijanis|Baku
Kazakhstan||Kazakh,Kazakhs|Astana
Uzbekistan||Uzbek,Uzbeks|Tashkent
Mongolia||Mongolian,Mongolians|Ulaanbaatar
Nepal||Nepalese,Nepali|Kathmandu
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Cambodia||Cambodian,Cambodians|Phnom Penh
Laos||Laotian,Lao|Vientiane
Morocco||Moroccan,Moroccans|Rabat
Algeria||Algerian,Algerians|Algiers
Tunisia||Tunisian,Tunisians|Tunis
Libya||Libyan,Libyans|Tripoli
Sudan||Sudanese|Khartoum
Ghana||Ghanaian,Ghanaians|Accra
Senegal||Senegalese|Dakar
Tanzania||Tanzanian,Tanzanians|Dodoma
Uganda||Ugandan,Ugandans|Kampala
Rwanda||Rwandan,Rwandans|Kigali
Zimbabwe||Zimbabwean,Zimbabweans|Harare
Zambia||Zambian,Zambians|Lusaka
Angola||Angolan,Angolans|Luanda
Mozambique||Mozambican,Mozambicans|Maputo
Democratic Republic of the Congo|DRC,DR Congo,Congo,Democratic Republic of Congo|Congolese|Kinshasa
Cameroon||Cameroonian,Cameroonians|Yaounde
Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians|Yamoussoukro
Jordan||Jordanian,Jordanians|Amman
Lebanon||Lebanese|Beirut
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Oman||Omani,Omanis|Muscat
Yemen||Yemeni,Yemenis|Sanaa
Bahrain||Bahraini,Bahrainis|Manama
Ecuador||Ecuadorian,Ecuadorians|Quito
Bolivia||Bolivian,Bolivians|La Paz
Paraguay||Paraguayan,Paraguayans|Asuncion
Uruguay||Uruguayan,Uruguayans|Montevideo
Panama||Panamanian,Panamanians|Panama City
Costa Rica||Costa Rican,Costa Ricans|San Jose
Guatemala||Guatemalan,Guatemalans|Guatemala City
Honduras||Honduran,Hondurans|Tegucigalpa
El Salvador||Salvadoran,Salvadorans|San Salvador
Nicaragua||Nicaraguan,Nicaraguans|Managua
Dominican Republic||Dominican,Dominicans|Santo Domingo
Haiti||Haitian,Haitians|Port-au-Prince
Jamaica||Jamaican,Jamaicans|Kingston
Luxembourg||Luxembourgish|Luxembourg
Malta||Maltese|Valletta
Cyprus||Cypriot,Cypriots|Nicosia
Moldova||Moldovan,Moldovans|Chisinau
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Albania||Albanian,Albanians|Tirana
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Montenegro||Montenegrin,Montenegrins|Podgorica
Kosovo||Kosovar,Kosovars|Pristina
Papua New Guinea||Papua New Guinean|Port Moresby
Fiji||Fijian,Fijians|Suva
Palestine|Palestinian territories|Palestinian,Palestinians|Ramallah
Greenland||Greenlandic,Greenlanders|Nuuk
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
Tajikistan||Tajik,Tajiks|Dushanbe
Turkmenistan||Turkmen|Ashgabat
Andorra||Andorran,Andorrans|Andorra la Vella
Antigua and Barbuda||Antiguan,Antiguans|St. John's
Bahamas|The Bahamas|Bahamian,Bahamians|Nassau
Barbados||Barbadian,Barbadians|Bridgetown
Belize||Belizean,Belizeans|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Motswana,Batswana|Gaborone
Brunei|Brunei Darussalam|Bruneian,Bruneians|Bandar Seri Begawan
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian,Burundians|Gitega
Cabo Verde|Cape Verde|Cape Verdean,Cape Verdeans|Praia
Central African Republic|CAR|Central African,Central Africans|Bangui
Comoros||Comoran,Comorans|Moroni
Djibouti||Djiboutian,Djiboutians|Djibouti
Dominica|||Roseau
Equatorial Guinea||Equatorial Guinean,Equatoguinean|Malabo
Eritrea||Eritrean,Eritreans|Asmara
Eswatini|Swaziland|Swazi,Swazis|Mbabane
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian,Gambians|Banjul
Grenada||Grenadian,Grenadians|St. George's
Guinea||Guinean,Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Kiribati||I-Kiribati|Tarawa
Lesotho||Basotho|Maseru
Liberia||Liberian,Liberians|Monrovia
Liechtenstein||Liechtensteiner|Vaduz
Madagascar||Malagasy|Antananarivo
Malawi||Malawian,Malawians|Lilongwe
Maldives||Maldivian,Maldivians|
Mali||Malian,Malians|Bamako
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian,Mauritanians|Nouakchott
Mauritius||Mauritian,Mauritians|Port Louis
Micronesia|Federated States of Micronesia|Micronesian,Micronesians|Palikir
Monaco||Monegasque,Monegasques|Monaco
Namibia||Namibian,Namibians|Windhoek
Nauru||Nauruan,Nauruans|Yaren
Niger||Nigerien,Nigeriens|Niamey
Palau||Palauan,Palauans|Ngerulmud
Saint Kitts and Nevis|St. Kitts and Nevis|Kittitian|Basseterre
Saint Lucia|St. Lucia|Saint Lucian,Saint Lucians|Castries
Samoa||Samoan,Samoans|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe||Santomean|Sao Tome
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean,Sierra Leoneans|Freetown
Solomon Islands||Solomon Islander,Solomon Islanders|Honiara
Somalia||Somali,Somalis|Mogadishu
South Sudan||South Sudanese|Juba
Suriname||Surinamese|Paramaribo
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan,Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian,Trinidadians|Port of Spain
Tuvalu||Tuvaluan,Tuvaluans|Funafuti
Vanuatu||Ni-Vanuatu|Port Vila
Vatican|Holy See,Vatican City||Vatican City
`;

export const COUNTRIES: Country[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name, aliases, demonyms, capital] = line.split("|");
    const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);
    return { name, aliases: list(aliases), demonyms: list(demonyms), capital };
  });

/** States, provinces and nations within a country, by country: places, but not sides. */
const REGIONS_BY_COUNTRY: Record<string, string> = {
  "United States": `Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia,
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota,
Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina,
North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah,
Vermont, Virginia, West Virginia, Wisconsin, Wyoming`,
  Canada: `Ontario, Quebec, Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick,
Newfoundland and Labrador, Newfoundland, Prince Edward Island, Yukon, Nunavut, Northwest Territories`,
  Australia: "New South Wales, Queensland, Tasmania, Western Australia, South Australia, Northern Territory",
  "United Kingdom": "Scotland, Wales, England, Northern Ireland",
  Germany: "Bavaria, Saxony, Hesse, Brandenburg, North Rhine-Westphalia, Baden-Wuerttemberg, Lower Saxony, Thuringia",
  Spain: "Catalonia, Andalusia, Basque Country, Galicia",
  Italy: "Lombardy, Sicily, Sardinia, Tuscany, Veneto, Calabria",
  France: "Brittany, Normandy, Corsica, Provence",
  China: "Xinjiang, Tibet, Guangdong, Hubei, Sichuan, Yunnan, Henan, Fujian, Zhejiang, Jiangsu, Shandong, Hebei, Hunan, Inner Mongolia, Guangxi",
  India: "Maharashtra, Kerala, Tamil Nadu, Uttar Pradesh, Gujarat, Karnataka, Rajasthan, West Bengal, Bihar, Assam, Manipur, Odisha, Telangana",
  Pakistan: "Sindh, Balochistan, Khyber Pakhtunkhwa",
  Ethiopia: "Tigray, Amhara, Oromia",
  Mexico: "Chihuahua, Sonora, Jalisco, Oaxaca, Chiapas, Sinaloa, Michoacan, Tamaulipas, Guerrero",
  Brazil: "Minas Gerais, Bahia, Amazonas, Rio Grande do Sul, Parana",
  Russia: "Chechnya, Dagestan",
  Indonesia: "Sumatra, Java, Bali, Papua",
  Philippines: "Mindanao, Luzon",
  Japan: "Hokkaido, Okinawa",
  Ukraine: "Crimea, Donbas, Donetsk, Luhansk, Zaporizhzhia, Kherson",
  Palestine: "Gaza, West Bank",
};

const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/** The country each state or province is in ("Ohio" -> "United States"). */
export const COUNTRY_OF_REGION = new Map(Object.entries(REGIONS_BY_COUNTRY).flatMap(([country, regions]) => list(regions).map((r) => [r, country] as const)));

/** Regions, states, provinces and continents: places, but not sides. */
export const REGIONS = new Set([
  ...list(`Africa, Asia, Europe, Antarctica, Oceania, the Americas, North America, South America, Central America, Arctic, Pacific, Atlantic, Middle East, Latin America, East Asia,
Southeast Asia, South Asia, Western Europe, Eastern Europe, Central Europe, North Africa, West Africa, East Africa, Southern Africa, Sub-Saharan Africa, Horn of Africa, Central Asia, Asia-Pacific, Indo-Pacific, Balkans, Caribbean, Persian Gulf, Scandinavia, Siberia,
Sahara, Mediterranean, Kashmir`),
  ...COUNTRY_OF_REGION.keys(),
]);
