package offline

import "strings"

// gazetteerData lists countries (and a few unions) one per line:
// name | other names | demonyms | capitals and government metonyms.
// Names are matched case-sensitively as whole word sequences.
const gazetteerData = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|
Angola||Angolan|Luanda
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz,Sucre
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia,Brasília
Brunei||Bruneian|
Bulgaria||Bulgarian|
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaoundé,Yaounde
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogotá,Bogota
Comoros||Comoran|Moroni
Congo|Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa||Kinshasa
Costa Rica||Costa Rican|San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica||Dominican|Roseau
Dominican Republic|||Santo Domingo
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatorial Guinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris,Élysée,Elysee
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian|Yamoussoukro
Jamaica||Jamaican|
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana,Nur-Sultan
Kenya||Kenyan|Nairobi
Kiribati|||Tarawa
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Malé
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|The Netherlands,Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau||Palauan|
Palestine|Palestinian Territories,Palestinian Authority|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asunción,Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Philippine,Filipino|Manila,Malacañang,Malacanang
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Kremlin
Rwanda||Rwandan|Kigali
Saint Lucia||Saint Lucian|Castries
Samoa||Samoan|Apia
San Marino||Sammarinese|
Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea,ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé,Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye,Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London,Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,United States of America,America|American|Washington,White House,WH,Pentagon,State Department
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican|Holy See,Vatican City||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa,Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
European Union|EU||Brussels
`

// country is one gazetteer entry.
type country struct {
	Name     string
	Demonyms []string
	Forms    []string // every name, other name, demonym and capital
}

// gazetteer looks countries up by any of their forms.
type gazetteer struct {
	countries []*country
	// byFirst maps the first word of each form to the forms starting
	// with it, longest first, each as words.
	byFirst map[string][]gazForm
	// demonym maps a demonym to its country.
	demonym map[string]*country
}

type gazForm struct {
	words []string
	c     *country
	kind  int // formName, formDemonym, formCapital
}

const (
	formName = iota
	formDemonym
	formCapital
)

func newGazetteer() *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazForm{}, demonym: map[string]*country{}}
	for _, ln := range strings.Split(gazetteerData, "\n") {
		f := strings.Split(ln, "|")
		if len(f) != 4 {
			continue
		}
		c := &country{Name: f[0]}
		g.countries = append(g.countries, c)
		add := func(form string, kind int) {
			form = strings.TrimSpace(form)
			if form == "" {
				return
			}
			c.Forms = append(c.Forms, form)
			ws := strings.Fields(form)
			g.byFirst[ws[0]] = append(g.byFirst[ws[0]], gazForm{words: ws, c: c, kind: kind})
		}
		add(f[0], formName)
		for _, s := range strings.Split(f[1], ",") {
			add(s, formName)
		}
		for _, s := range strings.Split(f[2], ",") {
			if s = strings.TrimSpace(s); s != "" {
				c.Demonyms = append(c.Demonyms, s)
				g.demonym[s] = c
				add(s, formDemonym)
			}
		}
		for _, s := range strings.Split(f[3], ",") {
			add(s, formCapital)
		}
	}
	for k, fs := range g.byFirst {
		// Longest forms first, so "United States of America" wins over
		// "United States".
		for i := 1; i < len(fs); i++ {
			for j := i; j > 0 && len(fs[j].words) > len(fs[j-1].words); j-- {
				fs[j], fs[j-1] = fs[j-1], fs[j]
			}
		}
		g.byFirst[k] = fs
	}
	return g
}

// match returns the gazetteer form that starts at words[i], if any, and
// how many words it spans. Possessive "'s" on the last word is ignored.
func (g *gazetteer) match(words []string, i int) (gazForm, int) {
	if i < 0 || i >= len(words) {
		return gazForm{}, 0
	}
	fs := g.byFirst[stripPoss(words[i])]
	for _, f := range fs {
		if i+len(f.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range f.words {
			if stripPoss(words[i+k]) != w {
				ok = false
				break
			}
		}
		if ok {
			return f, len(f.words)
		}
	}
	return gazForm{}, 0
}
