/**
 * Word lists for the article generator: names from many languages, places with their region,
 * and parts that make organization names. Invented organizations; real cities and countries.
 */

export const FIRST_NAMES = {
  she: `Maria Aisha Elena Priya Grace Fatima Sofia Mei Hannah Olga Amara Chloe Nadia Rosa Ingrid Yuki Leila Teresa Zanele Carmen
    Helen Karen Laura Amelia Beatriz Ana Ruth Esther Noura Kavita Lucia Julia Marta Svetlana Adaeze Thandiwe Ji-woo Sakura Camila Fiona
    Harriet Nicole Sarah Rachel Imani Paula Yasmin Li Ewa Johanna`.split(/\s+/),
  he: `James Ahmed Daniel Rahul Kwame Luis Wei Pavel Omar Thomas Diego Samuel Kenji Mateo Ibrahim Lars Arjun Tomasz Emeka Hassan
    Robert David Michael Owen Liam Dwayne Marcus Victor Andre Felipe Yusuf Sergei Jonas Nikhil Chen Hiroshi Kofi Pedro Anton Malik
    George Patrick Martin Carlos Hugo Raj Tariq Julian Bruno Stefan`.split(/\s+/),
};

export const LAST_NAMES = `Okafor Fernandez Nakamura Kowalski Haddad Lindqvist Mensah Gupta Rossi Petrov Dubois Alvarez Chen Osei Kim
  Novak Brennan Marsh Hollis Delgado Duarte Falkner Harcourt Petrakis Mbeki Sato Costa Ibrahim Schneider Walsh Ortega Nguyen Patel
  Adeyemi Johansson Moreau Castillo Tanaka Volkov Murphy Reyes Achebe Bauer Larsen Kaur Silva Popescu Horvat Yilmaz Ferreira Okonkwo
  Sandoval Whitfield Ashworth Calloway Pemberton Thornton Gallagher Vasquez Romano Lindgren Eriksen Kovacs Mwangi Banda Oduya Rahman
  Siddiqui Morales Navarro Fischer Weber Hoffmann Keller Carver Doyle Sutherland Blackwood Hartley Quinlan Mercer Abernathy Lachance
  Bergstrom Halvorsen Matsumoto Takahashi Park Choi Singh Mehta Iyer Bose Qureshi Farouk Nasser Khalil Mansour Santos Pereira Lopes`.split(/\s+/);

/** A city, the region it is in (state or country), and its country. */
export interface City {
  city: string;
  region: string;
  country: string;
}

export const CITIES: City[] = (
  `Cleveland,Ohio,U.S.;Denver,Colorado,U.S.;Portland,Oregon,U.S.;Atlanta,Georgia,U.S.;Phoenix,Arizona,U.S.;Milwaukee,Wisconsin,U.S.;
  Sacramento,California,U.S.;Pittsburgh,Pennsylvania,U.S.;Richmond,Virginia,U.S.;Tucson,Arizona,U.S.;Omaha,Nebraska,U.S.;
  Albany,New York,U.S.;Boise,Idaho,U.S.;Raleigh,North Carolina,U.S.;Anchorage,Alaska,U.S.;Toronto,Ontario,Canada;
  Winnipeg,Manitoba,Canada;Halifax,Nova Scotia,Canada;Manchester,England,Britain;Leeds,England,Britain;Glasgow,Scotland,Britain;
  Cardiff,Wales,Britain;Lyon,France,France;Marseille,France,France;Hamburg,Germany,Germany;Munich,Germany,Germany;
  Rotterdam,Netherlands,Netherlands;Gothenburg,Sweden,Sweden;Krakow,Poland,Poland;Porto,Portugal,Portugal;Valencia,Spain,Spain;
  Turin,Italy,Italy;Nairobi,Kenya,Kenya;Lagos,Nigeria,Nigeria;Accra,Ghana,Ghana;Durban,South Africa,South Africa;
  Pune,India,India;Chennai,India,India;Osaka,Japan,Japan;Busan,South Korea,South Korea;Brisbane,Queensland,Australia;
  Auckland,New Zealand,New Zealand;Monterrey,Mexico,Mexico;Cordoba,Argentina,Argentina;Medellin,Colombia,Colombia`
)
  .split(";")
  .map((s) => {
    const [city, region, country] = s.trim().split(",");
    return { city, region, country };
  });

/** Countries for diplomatic stories, with the adjective and the capital. */
export const COUNTRIES = (
  `France,French,Paris;Germany,German,Berlin;Japan,Japanese,Tokyo;India,Indian,New Delhi;Brazil,Brazilian,Brasilia;
  Canada,Canadian,Ottawa;Mexico,Mexican,Mexico City;Kenya,Kenyan,Nairobi;Nigeria,Nigerian,Abuja;Indonesia,Indonesian,Jakarta;
  Australia,Australian,Canberra;South Korea,South Korean,Seoul;Turkey,Turkish,Ankara;Egypt,Egyptian,Cairo;Norway,Norwegian,Oslo;
  Poland,Polish,Warsaw;Argentina,Argentine,Buenos Aires;Vietnam,Vietnamese,Hanoi;Chile,Chilean,Santiago;Spain,Spanish,Madrid`
)
  .split(";")
  .map((s) => {
    const [name, adjective, capital] = s.trim().split(",");
    return { name, adjective, capital };
  });

export const NEUTRAL_VENUES = `Geneva Vienna Oslo Singapore Doha Helsinki Reykjavik Lisbon Nairobi Istanbul`.split(/\s+/);

export const ORG_PREFIXES = `River North South East West Lake Harbor Summit Pine Iron Silver Blue Red Granite Oak Cedar Maple Bright Clear
  Stone Golden Prairie Atlas Meridian Beacon Keystone Horizon Pioneer Liberty Crescent Union Frontier Coastal Highland`.split(/\s+/);
export const ORG_ROOTS = `gate wind field view brook ridge point bridge port line crest wood haven mark stone vale`.split(/\s+/);

export const TRADES = [
  { workers: "bus drivers and mechanics", short: "drivers", service: "bus service", company: "Transit", unit: "routes", users: "daily riders" },
  { workers: "nurses and care assistants", short: "nurses", service: "non-emergency care", company: "Health", unit: "hospitals", users: "patients" },
  { workers: "warehouse workers", short: "workers", service: "deliveries", company: "Logistics", unit: "warehouses", users: "customers" },
  { workers: "teachers and school staff", short: "teachers", service: "classes", company: "Schools Trust", unit: "schools", users: "pupils" },
  { workers: "dock workers", short: "dockers", service: "cargo handling", company: "Port Services", unit: "terminals", users: "shippers" },
  { workers: "rail conductors and signal staff", short: "conductors", service: "commuter trains", company: "Rail", unit: "lines", users: "commuters" },
];

export const INDUSTRIES = [
  { sector: "software", suffixes: ["Systems", "Technologies", "Labs"], product: "cloud accounting software" },
  { sector: "grocery", suffixes: ["Foods", "Markets", "Grocers"], product: "supermarkets" },
  { sector: "pharmaceutical", suffixes: ["Pharma", "Therapeutics", "Biosciences"], product: "generic medicines" },
  { sector: "airline", suffixes: ["Airways", "Air", "Airlines"], product: "regional flights" },
  { sector: "energy", suffixes: ["Energy", "Power", "Renewables"], product: "wind and solar farms" },
  { sector: "telecom", suffixes: ["Telecom", "Networks", "Mobile"], product: "mobile and broadband service" },
];

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

export const OUTLETS = `Lakefront Courier;Evening Ledger;Northern Dispatch;Harbor Times;The Daily Meridian;Capital Wire;Valley Record;Coastal Herald`.split(";");
