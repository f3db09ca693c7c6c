"""Plain English and geography: words that are capitalised without being anybody's name."""

from __future__ import annotations

from .normalise import words

# Words that start sentences, head sections or fill title-case titles in case texts. The name
# detectors never take one of these for a name unless a title ("Mr", "Dr") stands before it.
COMMON_WORDS = words("""
    a about above absent according across additional adjacent adult adults after again against
    age aged all almost along also alternative although always among an and another answer any
    appearance approximately are area around as associated at atypical available average axial
    back background based baseline be because been before being below best between beyond
    bilateral both brief but by can case cases cause caused causes central certain change
    changes characteristic check child children chronic classic classical clear clinical close
    coexisting college common commonly compare compared comparison complete complex
    complication complications comment conclusion consider considered consistent contrast
    correct could course cross current day days december decreased deep department descending
    describe described despite detail details diagnosis diagnostic differential diffuse direct
    discussion distinct distribution do does done due during each early education educational
    elderly emergency end enlarged enlargement entire equal especially even evidence exam
    examination example except expected explanation extensive extra extremity family female
    features few figure final finding findings first five focal follow following for four free
    frequently from frontal full further general given global good grade great greater group
    guideline guidelines had has have he health healthy her here high higher his history how
    however human i if image images imaging important impression in incidental include includes
    including increased infant infants initial inner inside institute instead internal into
    involving is isolated it its journal just key known large larger last late later left less
    level life like likely limited little local long look low lower main major male man many
    marked maximum may mean medical medicine mid middle mild minimal minor mixed moderate more
    most mother much multiple must national native nearly negative neither new next nine no non
    none normal nor not note noted now number observation occasionally of off often old older
    on once one only open or order organization other our out outer outside over overall pain
    painful paired part partial past patient patients pattern peripheral persistent personal
    physical plain please point poor positive possible post potential pre preliminary present
    presented presenting previous primary prior probably program progressive prominent proper
    protocol provided question questions quiz radiology rapid rare rarely rather reading
    recent recently red reference references regarding related relative remember report
    reported research resident residents result results review right rule same scale second
    secondary see seen segment selected semi series serial seven severe several she short
    should show showed shown shows side sign signs significant similar simple since single six
    size slight slightly small so society some sometimes spot stable standard state status still
    study subsequent subtle such suggest suggested suggests summary surgery suspected symptoms
    table take teaching ten term than that the their then there therefore these they this those
    three through thus time tip to today top total toward towards treatment trial true two type
    typical typically under unit university unknown unless unlike unusual up upper upon usual
    usually variant various very view views was we well were what when where whereas which while
    white who whole why wide will with within without woman women work world would year years
    yellow yes yet young younger your zero
    acute adolescent advanced anomaly answer apparent baby boy girl bilateral born bright
    broad center centre clinic closed congenital cold common dark day dense diagnosed dry
    east eastern emergent false fast fever fine flat fresh front gentle giant golden green
    grey gray hard heavy hidden hot house hyper hypo infant inferior key lady light long
    lord low mark master miss mixed modern more mount new noble north northern novel odd old
    pale park plus pure quick real round royal saint sharp silent silver simple slow soft
    south southern spring stone straight strong summer sweet tall thin true twin upper
    warm west western wet wide winter
    ability able absence accident account acquired action active activity actually add added
    addition address adequate advice advise advised affect affected agree agreed aid aim
    alert allow allowed alone already alternatively analysis anterior anyway apart appear
    appeared appears applied apply approach appropriate arrival arrive arrived ask asked
    assess assessed assessment assume attention author authors avoid aware awareness bad
    based basic basis bear became become becomes began begin behind believe better big bit
    blue body born bottom brief bring broken brought build built call called came cannot
    capture care careful carefully carry cause certain chance chart choice choose chosen
    city clearly click close closer co comes coming compared concern concerning condition
    conditions confirm confirmed consent context continue continued control correct
    correlate correlation cost could counter couple cover create credit criteria critical
    cut daily data date dear decide decision define defined degree delay delayed demonstrate
    demonstrated demonstrates depth design despite determine develop developed development
    did difference different difficult direction disease diseases display distance doctor
    doctors done double down draw drawn drive driven drop early easy effect effects either
    else emphasis enough ensure enter entered equally error essential establish established
    evaluate evaluated evaluation event events ever every exact exactly excellent excluded
    exclude exercise expect experience explain explained exposure extent face fact factor
    factors fail failed failure fair fairly fall far feature feel field fill filled find
    finally fine fit fixed flow focus follow-up force form formal formed found free
    frequent friend full function further gain gave get getting give gives giving go goal
    goes going gone got guide half hand happen happened happens help helpful hence high
    hold home hope hospital hour hours idea identified identify ignore ill illness immediate
    immediately impact improve improved inclusion indeed indicate indicated indicates
    information initially injury inner input insight instance interest interesting
    interpretation interval introduction investigation involved issue issues item job join
    keep kind know knowledge lack laboratory lead leading learn learning least leave led
    length lesson lessons let letter limit line list listen literature live lives living
    location look looked looking lose loss lost lot made make makes making manage
    management manner match matter maybe meaning means measure measured measurement
    measurements meet mention method methods might mind miss missed mistake model month
    months morning move moved moving name named nature near necessary need needed needs
    never night nothing notice noticed numbers obtain obtained obvious occur occurred
    occurs offer office ok okay open opinion option options orange organ origin original
    otherwise outcome outcomes output overview own page pair paper parent parents
    particular particularly patch path pathology people per perform performed perhaps
    period person phone photo pick picture piece place placed plan planned play please
    plenty poll position post-operative power practice prefer presence preserved press
    pressure pretty prevent previously problem problems procedure process produce
    prognosis proof protect prove provide purpose put quality quickly quite raise range
    rate reach read ready reason reasons receive received recommend recommendation
    recommended record records reduce reduced reference referred regard region regular
    relevant rely remain remains removal remove removed repeat repeated replace reply
    request required requires respond response rest return returned reveal revealed
    reveals risk road role room run safe safety save saw say says scenario school score
    screen screening search section seem seems send sense sent sequence serious service
    services set setting share shape shift short-term should show significance sit site
    situation skill slice slices solution sometimes soon sort source space speak special
    specific spread staff stage start started starting stay step steps stop story
    strategy street stress structure student students subject success suffer suggestion
    suitable supply support sure surgical surprise system systems team teach technique
    tell tend test tested tests text thank thanks thing things think thought thread
    throughout tip title together told tool tools topic track train training trauma travel
    treat treated trial tried trouble truly trust try trying turn turned understand
    understanding unit update upload use used useful uses using value values version
    visible visit wait want warning watch way ways week weeks weight welcome went whether
    wish word words worse worth write written wrong yesterday
    men nurse nurses father husband wife son daughter brother sister sibling partner friend
    grandmother grandfather aunt uncle niece nephew cousin neighbour neighbor carer parent
    mum mom mummy mommy dad daddy papa mama grandma grandpa nan nana nanna gran granny
    nobel prize laureate award medal lecture society college
    virgen virxe verge
""")

# States, countries, nationalities, languages and regions: too large to identify anyone (a state
# is allowed under HIPAA Safe Harbor), so they never count as names or as local places.
REGIONS = words("""
    isan isaan mekong champasak champassak kratie stung treng luang prabang houaphanh
    ubon ratchathani khon kaen udon thani nakhon ratchasima lanna mondulkiri
    ratanakiri battambang siem reap savannakhet
    akdeniz karadeniz anadolu mediterráneo mediterrània mediterrâneo méditerranée mediterraneo
    país basc euskadi catalunya galiza galicia
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
    carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont
    virginia washington wisconsin wyoming columbia puerto rico
    england scotland wales ireland britain kingdom united states america canada australia zealand
    india china japan korea vietnam thailand philippines indonesia malaysia singapore pakistan
    bangladesh nepal iran iraq israel jordan lebanon syria turkey egypt nigeria kenya ghana
    ethiopia africa south north west east europe asia france germany spain portugal italy
    greece netherlands belgium switzerland austria sweden norway denmark finland poland russia
    ukraine brazil argentina chile peru colombia venezuela cuba jamaica haiti
    soviet union ussr yugoslavia czechoslovakia ottoman habsburg prussia
    euroopa europa evropa eiropa europos romania rumunija hrvatska srbija slovenija lietuva latvija
    eesti balkan balkans
    tenggara utara selatan barat tengah
    american british english scottish welsh irish canadian australian indian chinese japanese
    korean vietnamese african european asian french german spanish portuguese italian greek
    dutch swiss swedish norwegian danish finnish polish russian brazilian mexican hispanic
    latino latina arab arabic jewish caucasian native western eastern northern southern
    latin middle mediterranean atlantic pacific arctic antarctic caribbean nordic
    hong kong macau taiwan south-east southeast asean scandinavia balkans baltic
    ontario quebec alberta manitoba saskatchewan nova scotia newfoundland labrador brunswick
    yukon nunavut queensland tasmania victoria wales rajasthan kerala punjab gujarat
    maharashtra bihar karnataka telangana andhra pradesh uttar madhya bengal odisha assam
    haryana jharkhand chhattisgarh goa sindh balochistan khyber pakhtunkhwa lombardy tuscany
    bavaria catalonia andalusia galicia patagonia siberia anatolia kurdistan punjab
    belarus lithuania latvia estonia moldova armenia azerbaijan kazakhstan uzbekistan
    afghanistan saudi arabia qatar kuwait oman yemen emirates sudan somalia uganda tanzania
    rwanda zambia zimbabwe mozambique angola cameroon senegal mali niger congo morocco
    algeria tunisia libya sri lanka myanmar cambodia laos mongolia bolivia ecuador paraguay
    uruguay guatemala honduras nicaragua panama costa rica iceland croatia serbia bosnia
    slovenia slovakia czech hungary romania bulgaria albania cyprus malta luxembourg
    tamil nadu himachal arunachal meghalaya manipur mizoram nagaland tripura sikkim
    uttarakhand jammu kashmir ladakh territory māori maori pasifika aboriginal indigenous
    inuit sami métis metis
    sabah sarawak leyte samar mindanao luzon visayas java sumatra bali borneo kalimantan sulawesi
    ashanti volta tigray amhara oromia darfur kivu katanga silesia bohemia moravia transylvania
    andes amazon amazonia altiplano sahel sahara maghreb levant gulf deccan himalaya himalayas
    punjab kimberley pilbara outback highlands lowlands riviera crimea caucasus balochistan
    yucatan chiapas oaxaca sonora jalisco bahia minas gerais pernambuco ceará ceara amazonas
    antioquia cundinamarca mendoza cordoba córdoba tucumán tucuman salta araucanía araucania
    anatolian thrace kurdish
    tibet xinjiang mongolia manchuria kashmir nevis cymru nunavik nunavut
    democratic republic federal kingdom commonwealth
    norge sverige danmark suomi deutschland nederland österreich schweiz suisse españa espana
    italia polska magyarország česko brasil méxico perú türkiye nippon éire cymru alba
""")

MONTHS = words("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    enero febrero marzo junio agosto septiembre setiembre octubre noviembre diciembre
    janeiro fevereiro junho julho setembro outubro novembro dezembro
    janvier février juin juillet août septembre octobre novembre décembre
    januar februar märz oktober dezember januari februari maart augustus
""")
# The colours of awareness months: "Setembro Amarelo", "Março Azul-Marinho", "Septiembre
# Dorado", "Outubro Rosa".
CAMPAIGN_COLOURS = words("""
    amarelo azul marinho azul-marinho dourado dorado rosa roxo vermelho verde laranja lilás
    branco morado naranja amarillo rojo blanco violeta
""")

WEEKDAYS = words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri"
    " sat sun"
)

# Towns and cities commonly named in case histories; named anywhere they are a local place.
CITIES = words("""
    phnom penh vientiane hanoi bangkok yangon naypyidaw dhaka kathmandu thimphu colombo ennis
    islamabad kabul tashkent almaty astana bishkek dushanbe ashgabat ulaanbaatar tbilisi yerevan
    baku kigali kampala nairobi djibouti asmara khartoum juba lusaka lilongwe harare
    maputo gaborone windhoek maseru mbabane antananarivo bamako niamey ouagadougou conakry
    freetown monrovia abidjan yamoussoukro lomé lome cotonou porto-novo ndjamena bangui
    yaoundé yaounde libreville brazzaville kinshasa luanda nouakchott
    hiroshima nagasaki chernobyl fukushima wuhan los angeles lima cusco quito bogota
    wien münchen muenchen köln koeln genf mailand rom warschau prag krakau breslau danzig
    zürich zuerich basel bern graz salzburg innsbruck linz warszawa kraków krakow wrocław
    wroclaw gdańsk gdansk poznań poznan łódź lodz lublin katowice szczecin rzeszów rzeszow
    amsterdam atlanta auckland austin baltimore bangalore barcelona belfast berlin birmingham
    boston brisbane bristol brooklyn calgary cambridge cardiff charlotte chicago cincinnati
    cleveland copenhagen dallas delhi denver detroit dublin edinburgh glasgow hamburg houston
    karachi kolkata lagos leeds leicester lisbon liverpool london madrid manchester melbourne
    memphis miami milan minneapolis montreal mumbai munich nairobi nashville newcastle
    nottingham oakland orlando ottawa oxford paris perth philadelphia phoenix pittsburgh
    portland queens rome sacramento seattle sheffield shanghai springfield stockholm sydney
    tokyo toronto vancouver vienna wellington winnipeg zurich bronx manhattan harlem
    kuala lumpur jakarta surabaya bandung manila cebu davao hanoi saigon bangkok chiang
    yangon dhaka chittagong kathmandu lahore islamabad rawalpindi peshawar
    quetta multan faisalabad chennai pune kochi cochin trivandrum thiruvananthapuram
    lucknow jaipur ahmedabad surat nagpur patna bhopal indore chandigarh amritsar varanasi
    kabul tehran mashhad isfahan shiraz tabriz baghdad basra mosul damascus aleppo beirut amman
    riyadh jeddah mecca doha dubai sharjah muscat kuwait manama cairo alexandria
    khartoum addis ababa asmara kampala kigali dodoma mombasa kisumu lusaka harare maputo
    johannesburg soweto durban pretoria kinshasa brazzaville luanda yaoundé yaounde douala
    abuja ibadan kano enugu accra kumasi dakar bamako ouagadougou abidjan freetown
    monrovia conakry niamey casablanca rabat marrakech fez tunis algiers tripoli benghazi
    istanbul ankara izmir antakya gaziantep diyarbakir athens thessaloniki bucharest
    belgrade zagreb sarajevo budapest prague bratislava warsaw krakow kraków gdansk gdańsk
    wroclaw wrocław poznan poznań lodz łódź vilnius riga tallinn helsinki oslo
    gothenburg göteborg malmö malmo uppsala aarhus odense reykjavik kyiv kiev kharkiv lviv
    odesa odessa minsk moscow tbilisi yerevan baku almaty tashkent bishkek ulaanbaatar
    beijing guangzhou shenzhen wuhan chengdu chongqing tianjin nanjing hangzhou xian
    seoul busan incheon daegu osaka kyoto nagoya sapporo fukuoka taipei kaohsiung
    frankfurt cologne köln stuttgart düsseldorf dusseldorf leipzig dresden hannover
    bremen nuremberg nürnberg heidelberg freiburg rotterdam utrecht eindhoven groningen
    antwerp ghent brussels liège liege geneva lausanne basel bern lyon marseille toulouse
    bordeaux nantes lille strasbourg montpellier rennes grenoble coimbra braga
    seville sevilla valencia bilbao zaragoza malaga málaga naples napoli turin torino
    firenze bologna genoa genova venice venezia palermo catania bari
    são sao recife fortaleza belém belem manaus curitiba
    brasília brasilia goiânia goiania buenos aires
    montevideo asunción asuncion valparaíso valparaiso bogotá bogota
    medellín medellin barranquilla quito guayaquil cusco cuzco arequipa
    caracas maracaibo havana panama tegucigalpa managua guatemala monterrey guadalajara
    puebla tijuana cancún cancun acapulco oaxaca
    honolulu anchorage albuquerque tucson boise omaha tulsa milwaukee indianapolis
    louisville raleigh jacksonville tampa birmingham
    halifax edmonton saskatoon quebec hobart
    canberra cairns townsville christchurch dunedin
""")


# Words of no person: English, places of the world, the calendar, awareness colours.
# What a family calls its own, in other tongues: "Abuela's hip", "Nonna", "Oma".
FAMILY_WORDS = words("""
    abuela abuelo abuelita abuelito nonna nonno oma opa babcia dziadek dadi nani dada nana
    lola lolo tita tito mamá papá mami papi vovó vovô baba bibi ammi abbu amma appa
""")
# The world's countries, word by word ("Sierra Leone", "Burkina Faso"): too large to locate
# anyone. Words that are also given names (Chad, Jordan, Georgia, Lucia, Solomon) are left out.
COUNTRIES = words("""
    afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia
    austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia
    cameroon canada cape verde cabo central african republic colombia comoros congo costa rica
    ivoire croatia cuba cyprus czechia czech denmark djibouti dominican ecuador egypt
    equatorial guinea eritrea estonia eswatini swaziland ethiopia fiji finland france
    gabon gambia germany ghana greece grenada guatemala bissau guyana haiti honduras hungary
    iceland indonesia iran iraq ireland italy jamaica japan kazakhstan kiribati kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
    micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
    nepal netherlands nicaragua niger nigeria macedonia norway oman pakistan palau palestine
    panama papua paraguay peru philippines poland portugal qatar romania russia rwanda
    samoa saudi arabia senegal serbia seychelles
    sierra leone singapore slovakia slovenia somalia sudan spain sri lanka suriname
    sweden switzerland syria taiwan tajikistan tanzania thailand timor leste togo tonga trinidad
    tobago tunisia turkey türkiye turkmenistan tuvalu uganda ukraine emirates uzbekistan vanuatu
    vatican venezuela vietnam yemen zambia zimbabwe
    españa espanya espanha espainia italia italie deutschland alemania alemanha allemagne francia
    frança frankrijk frankreich schweiz suisse svizzera sverige norge danmark suomi polska česko
    hellas ellada yunanistan ispanya almanya fransa ingiltere suriye irak lübnan kıbrıs mısır
    ermenistan israil gürcistan azerbaycan rusya
""")
# Mountains, rivers and deserts that name diseases ("Rocky Mountain spotted fever"), and the
# words societies and colleges call themselves in other tongues.
LANDFORMS_AND_BODIES = words("""
    rocky rocosas rochosas rocheuses montañas montanhas montagnes andes alps alpes himalaya
    himalayas sahara sahel amazon amazonas nile niger congo mekong ganges rift kalahari gobi
    sociedade sociedad société societe società gesellschaft vereniging genootschap towarzystwo
    colegio collège associação asociación association associazione federação federación
    fédération federazione verein forening förening selskab stowarzyszenie akademie academia
    académie accademia nordic scandinavian baltic balkan iberian caribbean andean
""")
PLAIN_WORDS = (
    COMMON_WORDS
    | REGIONS
    | MONTHS
    | WEEKDAYS
    | CAMPAIGN_COLOURS
    | FAMILY_WORDS
    | COUNTRIES
    | LANDFORMS_AND_BODIES
)
