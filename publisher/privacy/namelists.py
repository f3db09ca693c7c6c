"""Common given names and surnames, from many languages, without ordinary English words.

A capitalised word from these lists is taken for a person's name unless a clinical word or a
grade follows it (then it is an eponym: "Thomas splint", "Smith fracture").
"""

from __future__ import annotations

from .lexicon import COMMON_WORDS, MONTHS, REGIONS, WEEKDAYS
from .normalise import words
from .vocabulary import MEDICAL_WORDS

_NOT_NAMES = COMMON_WORDS | MEDICAL_WORDS | REGIONS | MONTHS | WEEKDAYS

FIRST_NAMES = (
    words("""
    aaliyah aaron abdul abigail abraham adam adrian agnes ahmed aidan aiden aisha akira alan
    albert alberto alejandro alex alexander alexandra alexis alfred ali alice alicia alison
    allison alvaro amanda amelie amir amit amy ana andre andrea andreas andrew andy angela
    angelo anil anita anna anne annie anthony antonio anya arjun arthur arturo ashley audrey
    ava barbara beatrice ben benjamin bernard beth betty beverly bianca bilal bobby boris brandon
    brenda brian bridget brittany bruce bryan caleb camila carl carla carlos carmen carol
    caroline carolyn cassandra catherine cecilia charles charlie charlotte chen chiara chloe
    chris christina christine christopher cindy claire clara claudia colin connor craig cynthia
    daniel daniela danielle david debbie deborah deepak denise dennis derek diana diane diego
    dimitri dmitri dolores dominic donald donna dorothy dylan edgar eduardo edward eileen elena
    eleanor elijah elisa elizabeth ella ellen emily emma emmanuel enrique eric erica erik
    esther ethan eugene evelyn fatima federico felipe fernando fiona francesca francesco
    francis francisco fred frederick gabriel gabriela gareth gary gavin george gerald gina
    giovanni giulia giuseppe gloria gordon gregory gustavo hannah harold harry hassan heidi
    helen henrik hiroshi howard hugo hussein ian ibrahim igor ingrid irene isaac isabel
    isabella ivan jacob jacqueline james jamal jane janet janice jared jason javier jeffrey
    jennifer jeremy jerome jessica jesus jill joan joanna joanne joe joel johan john johnny
    jonathan jorge jose joseph josephine joshua joyce juan judith julia julian juliana julie
    justin kamal karen karim karl katherine kathleen kathryn katie kayla keith kelly kenneth
    kenji kevin khalid kimberly kofi krishna kristen kumar kwame kyle larry laura lauren leah
    leila leonardo lesley leslie liam linda lindsay lisa lorenzo lucas lucia luis luke lynn
    madison mahmoud manuel marco marcus margaret maria mariam marie marina mario marisol marta
    martha mary matthew maureen megan mehmet melissa mia michael michelle miguel mikhail
    mohamed mohammad mohammed monica muhammad nadia nancy naomi natalia natasha nathan
    nicholas nicola nicole nikhil noah nora olga oliver olivia omar oscar pablo pamela paolo
    patricia patrick paul paula pedro peter philip phillip pierre priya rachel rafael rahul
    raj rajesh ramon randy raquel rebecca reginald ricardo richard rita robert roberto robin
    rodrigo roger ronald rosa ruth ryan sabrina samantha samuel sandra sanjay santiago sara
    sarah sean sebastian sergei sergio sharon shirley sofia sophia sophie stefan stephanie
    stephen steven stuart susan suzanne sven tamara tanya teresa theresa thomas timothy tina
    tomas tracy tyler valentina valerie vanessa veronica victor vikram vincent walter wendy
    william xavier yasmin yusuf zachary zoe
    adebayo amara chidi chinedu emeka femi ngozi oluwaseun tunde wanjiru zanele
    aroha hemi mere tane wiremu
    hamid hana jun kaito minh ngoc phuong quang sakura takeshi wei xiaoming yuki yuto
    anjali ananya arun divya gaurav kavya lakshmi meera pooja rohan sunil suresh vijay
    bogdan jakub katarzyna piotr tomasz zofia
    jo sam pat kim lee
    siobhan niamh aoife ciara sinead saoirse declan cian eoin padraig seamus hamish callum
    eilidh rhys dafydd cerys lars nils astrid freya sigrid magnus bjorn jurgen klaus wolfgang
    heike greta dieter hans fritz jean jacques amelie celine elodie margaux mathieu thierry
    yves sylvie nathalie benoit guillaume luca matteo alessandro giorgio federica alejandra
    guadalupe jimena valeria mateo joaquin ximena rocio joao thiago tiago goncalo ines
    oksana svetlana yuri vladimir dmitry anastasia zoran goran dragan jelena marek pavel
    petra jiri nikos yannis eleni dimitris emre ayse fatma mustafa elif zeynep burak ahmad
    youssef khaled layla noor rania samir tariq walid zainab amina hamza salma reza shirin
    parisa farid aarav aditya anand arvind deepa harpreet gurpreet jaspreet manoj neha nisha
    pradeep rakesh ravi sanjana shreya sunita vikas vivek imran ayesha farhan saira zara mei
    jing xin hui ming hao jie lei ling yong jian haruka yuka takumi kenta daiki yuna minho
    jisoo jiwoo hyun thanh linh tuan huong duc abimbola adaeze chiamaka chukwuemeka kwabena
    ama akosua kwesi abena thabo sipho thandiwe nomvula lerato tendai tatenda wanjiku
    achieng njeri kamau amani baraka zawadi fatou moussa mamadou aminata ousmane hine tama
    rangi sione alfie archie barry bernie brett bradley carly clive damien darren debra
    doreen duncan edith edwin elaine elliot emmett erin ernest esme ethel evan felix frances
    freddie geoffrey geraldine gillian glenda gwendolyn harriet hector herbert hilda jack
    jamie jeanette jenna jerry jessie jim jimmy jodie josh judy karina kate kathy keira kelsey
    kendra kerry kieran kirsty leon leonard lillian lloyd lois lorraine louise lucy lydia
    lynne mabel maggie malcolm marcia marion marjorie martina matilda maurice maxine melanie
    mildred molly muriel nadine natalie neil nigel norma owen patsy pauline peggy percy phoebe
    phyllis polly priscilla quentin ralph rebekah rhonda rodney ronnie roxanne russell sally
    seth sheila shane simone stacey stella sylvia terence theo theodore toby tom tommy tony
    ursula vera vernon vivian wayne wilfred winifred yvonne ruby jayden jaxon liam mason logan
    lucas oliver elijah aiden harper avery scarlett aria chloe penelope layla riley nora zoey
    aurora bella claire skylar lucy everly anna caroline
    emilia kennedy maya kinsley naomi aaliyah elena sarah ariana allison
    gabriella alice madelyn cora ruby eva autumn adeline hailey gianna valentina isla
    bob mike dave steve liz jen jenny pete dan danny matt billy becky vicky nicky ricky
    eddie teddy fred freddy frankie georgie izzy lizzie libby abby gabby maddie
    núria montse montserrat jordi pere arnau oriol laia mireia roser xavi iker aitor ainhoa
    itziar leire nerea uxue unai xoán xosé uxía antía brais iago breixo sabela iria rosalía
    ayşe fatma emine hatice zeynep elif ahmet mustafa hüseyin osman yusuf murat ömer kemal
    selin emre burak cem nikos giorgos giannis yiannis kostas dimitris eleni katerina despina
    vasilis christos panagiotis yossi moshe avi tamar shira yael itai elie georges rami ziad
    nour rana hadi alba fernanda quimet
    chioma nneka obinna funmi yetunde bukola kemi amaka ifeoma uchenna seun tolu tobi damilola
    folake kojo yaw efua adjoa esi mariama sekou musa halima hauwa binta nkechi ebere ikenna
    ugochi ijeoma onyeka darnell tyrone deshawn deandre latoya keisha shanice tamika lakisha
    jalen terrell dwayne marquis kareem shaquille imani jamar rashad tyrell latisha
    aigerim aizhan aidana asel aruzhan nursultan azamat bakyt yerlan erlan daniyar timur
    bekzod dilnoza gulnara nodira shahzoda sardor otabek jasur nilufar zarina kamila malika
    farrukh ulugbek sherzod bakhtiyor giorgi levan davit irakli mariam tigran armen
    narek gohar lilit anahit hayk gevorg aram ashot aibek aizada meerim nurlan gulzat
    kadri kertu triin kätlin liis margus tõnu priit siim jaan andres jānis ilze inese
    kristaps mārtiņš andris gunta baiba agnė rūta jurgita mindaugas giedrius oksana
    iryna nataliia mykola oleksandr andrii taras bohdan kateryna yuliia halyna
""")
    - _NOT_NAMES
)

SURNAMES = (
    words("""
    abbott acosta adams aguilar ahmed ali alvarez anderson andrews bailey baker banerjee
    barnes bauer becker bennett bianchi brooks bui butler campbell carter castillo castro
    chan chang chaudhry chavez chen cheng cho choi chowdhury clark clarke collins cooper
    cruz dang davies davis diaz dominguez duong edwards evans fernandez fischer flores
    ford foster garcia gomez gonzales gonzalez gupta gutierrez hall harris hernandez hoang
    hoffmann howard huang hughes ibrahim jackson james jenkins jensen johnson jones khan kim
    kowalski kumar lam larsen lee lewis li lin liu lopez martin martinez mehta mendoza
    meyer miller mitchell moore morales moreno murphy murray nakamura nelson nguyen novak
    nowak obi okafor okonkwo olsen ortiz owusu park parker patel perez peterson phan phillips
    ramirez ramos reddy reyes richardson rivera roberts robinson rodriguez rogers romero rossi
    ruiz russo sanchez sato schmidt schneider scott shah sharma silva singh smith sorensen
    stewart suzuki tanaka taylor thomas thompson torres tran truong turner vasquez walker
    wang watanabe watson weber williams wilson wong wu yamamoto yang yilmaz zhang zhao
    zhou mensah boateng adeyemi okoye nkosi dlamini kariuki otieno haddad hakimi nasser
    rahman hussain iqbal siddiqui malik qureshi kapoor iyer nair pillai menon joshi rao
    agarwal bhat kaur gill sandhu petrov ivanov popescu horvat nagy kovacs dubois lefebvre
    moreau rousseau fontaine romano ricci marino greco esposito conti rossi ferrari
    oconnor obrien osullivan mcdonald mcmahon gallagher doyle kelly byrne ryan walsh
    jansen dejong visser bakker mueller wagner hofmann schulz koch richter wolf
    fitzgerald kennedy macdonald mackenzie robertson henderson hamilton morrison
    kowalczyk wisniewski wojcik kaminski lewandowski zielinski szymanski dabrowski
    novakova svoboda dvorak cerny prochazka schwarz zimmermann braun kruger hartmann lange
    werner krause lehmann kaiser fuchs scholz moller jorgensen nielsen hansen pedersen
    andersen johansen lindqvist lindberg eriksson karlsson nilsson persson svensson
    gustafsson virtanen korhonen nieminen makinen papadopoulos georgiou nikolaidis demir
    kaya sahin celik ozturk aydin arslan dogan kilic aslan hosseini mohammadi rezaei ahmadi
    karimi moradi sadeghi mahmoud abdullah hassan saleh farouk mansour khalil darwish nasr
    adeleke afolabi babatunde chukwu eze nwosu oyelaran olawale mwangi njoroge ochieng
    mutua wanjiru ndlovu mokoena zulu khumalo mthembu asante appiah darko mensah agyeman
    tanaka kobayashi yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
    takahashi ito nakamura kato yoshida yamashita ishikawa ogawa maeda fujita okada goto
    hasegawa murakami kondo ishii saito sakamoto aoki fujii nishimura fukuda ota
    miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada
    nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida
    takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama
    masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi
    matsuo nomura kikuchi sano onishi sugimoto arai
    nguyen tran pham hoang huynh phan vu dang bui ngo duong trinh dinh lam mai
    kang yoon jang lim han seo kwon hwang ahn jeon hong yoo yang
    bae baek heo nam noh jung kwak sung cha joo woo ryu jin eom
    wong leung chow tsang yeung cheung fung kwok lau yip lai siu
    gomes oliveira souza santos pereira costa rodrigues almeida nascimento lima araujo
    fernandes carvalho ribeiro martins rocha alves barbosa cardoso teixeira dias
    mendes moreira correia pinto nunes vieira monteiro cavalcanti
""")
    - _NOT_NAMES
)
