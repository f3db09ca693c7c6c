"""Radiology vocabulary: eponyms and the words that follow them, acronyms, dotted abbreviations.

These lists keep the name detectors from reading medicine as people. An eponym is still a name
where the context says so ("Mr Baker", "John Smith"); it is read as medicine when a clinical word
or a grade follows it ("Baker cyst", "Smith fracture", "Garden IV").
"""

from __future__ import annotations

from .normalise import exact, words

# Surnames used as eponyms in radiology and the clinical words around it. Hyphenated eponyms are
# listed by their parts ("Salter-Harris" -> salter harris). Accents are folded, so "kienbock"
# covers "Kienböck".
EPONYMS = words("""
    todd legg
    coxsackie kantor lesniowski lesniowskiego crohna hughes stovin becquerel cormack damadian
    dotter fabry
    forssmann fuhrman gruntzig judkins
    lauterbur leventhal loffler mondor moniz moyamoya ormond pompe purcell seldinger sones
    greulich pyle tanner whitehouse bechterew bechterev apgar pellegrini stieda
    abernethy achilles adamkiewicz addison agatston agger aicardi alagille albers albright
    alexander alport alsberg alvarado alzheimer amyand anderson andersson angelman apert arnold
    aschoff asherman askin assmann auerbach austin baastrup bachmann baker balo balthazar bankart
    barlow barre barrett bartholin barton bartter batson battle baumgarten baxter beckwith behcet
    bell bence benedikt bennett bentall berger berry bertin bertolotti bezold bignami binswanger
    blake blakemore blalock bland blount blumberg blumensaat boas bochdalek boerhaave bohler
    borden bosniak bouchard bourneville bouveret bowen brenner broca brodie brooker broviac
    brugada budd buerger buford burkitt byler caffey calot calve camurati canale canavan cantlie
    caplan carney caroli castleman caton cedell chamberlain chance charcot charnley cheney chester
    cheyne chiari chilaiditi chopart christian churg claude cloquet cobb codman cognard colles
    collins conn cooper cope couinaud courvoisier cowden cowper crawford creutzfeldt crigler
    crohn crouzon crowe cruveilhier cullen curtis currarino cushing dalonzo damus dandy danis
    danlos dawson debakey dejerine delbet delee delphian denis denys deschamps devic dieulafoy
    dietz digeorge dobhoff dorello dorfman douglas down drash dressler dubin duchenne duclos
    dupuytren duroziez duverney eagle ebstein edwards effendi ehlers eisenmenger ellison engelmann
    erb erdheim erasmus erlenmeyer essex eustachian evans ewing fahr fallopian fallot fanconi
    fazekas feil felson felty ferguson ficat finkelstein fisher fitz fleischner foix foley fontan
    forestier foster fournier fraley framingham freiberg frey friderichsen friedreich frohse
    frostberg fujimoto galeazzi galen ganz garden gardner garengeot garland garre gartner gaucher
    gayet gerdy gerota ghon gilbert gilula gimbernat gissane glasgow gleason glenn glisson
    goldenhar goltz goodpasture gorham gorlin gosselin gradenigo graham graves greenfield grisel
    groshong gruen grynfeltt guillain gustilo guyon haglund hajdu hallervorden haller hamman
    hampton hangman hansen harada harrington harris hartmann hashimoto hawkins heerfordt heister
    henoch henry heschl hess hesselbach heubner hickman hilgenreiner hill hippel hirayama
    hirschsprung hodgkin hoehn hoffa hoffmann holdsworth holt homans homer horner hounsfield
    hugh humphrey hunt hunter huntington hurler hutchinson ilizarov insall iselin jaccoud jackson
    jaffe jakob james jamieson janeway jatene jefferson jeghers johansson johnell johnson jones
    joubert judet kager kahler kallmann kaplan kaposi kartagener kasabach kawasaki kaye kearns
    kehr kellie kennedy kent kerckring kerley keros kienbock kiesselbach kikuchi killian kim
    kimura kirner kirschner klatskin klein klinefelter klippel kocher koedam kohler kommerell
    konno korsakoff koyanagi krabbe krukenberg kuhn kummell kussmaul kuster kuttner labbe ladd
    lamy langerhans larsen lauge lavallee ledderhose lefort leigh lemierre lenke leriche lesch
    letournel letterer levine lewy leydig lhermitte li libman lichtenstein lindau lisfranc lister
    littre loeffler loeys lofgren lopresti louis luftsichel ludwig luque luschka lyme lynch
    macklin macleod madelung maffucci magendie magerl mahaim maisonneuve malgaigne mallory
    marburg marchiafava marfan marie marjolin maroteaux marshall martin mayer mayfield mayo
    mcburney mccune mcdonald mcgregor mcrae meckel meigs meissner menetrier menkes merritt
    merzbacher
    meyer meyerding mikulicz millard miller mirizzi modic monro monteggia moore morel morgagni
    morison morquio morton mounier murphy mustard naboth nabothian najjar neer niemann noonan
    norwood nothnagel nuck nyhan oddi odonoghue ollier olszewski onodi oram ortner osgood osler
    paget pancoast panner paprosky parinaud parkes parkinson parsonage patau pauwels pelizaeus
    pelkan pellegrini pendred percheron perkin perthes petit peutz peyer peyronie pfeiffer
    phalen pick pierre pipkin plummer poland potter pott potts pouteau powers prader preiser
    pringle putti quervain quincke ramsay ranawat randall ranke ranson rasmussen rastelli rathke
    raynaud recklinghausen redlund reiter rendu retzius richardson richter riedel rigler risser
    robin rokitansky rolando rosai rosenthal ross roth rotor roussy rouviere rovsing sachs salter
    salvati sanders sanfilippo sano santorini schatzker schatzki scheie scheltens scheuermann
    schilder schlatter schmorl schonlein schroetter schuller segond senning sertoli sever
    shenton shepherd shone shy simon singh sinding sipple siwe sjogren skene sly smith spatz
    spetzler spigelian sprengel stanford stansel stauffer steele steell stein steinberg
    steinmann stener stensen stevens stickler stieda stokes stout strauss struthers sturge susac
    swan swyer sylvian sylvius takayasu taussig tay terry thal thebesian thomas thompson
    thornwaldt tile tillaux tinel todani tolosa tonnis tooth tornwaldt treacher treitz
    trenaunay trevor troisier trolard trousseau tscherne turcot turner uhl valsalva vater
    vinson virchow vogt von wackenheim wagstaffe waldenstrom waldeyer wallenberg waller wallerian
    warthin wartenberg waterhouse waterston weber wegener weiss welcher wells wermer werner
    wernicke westermark wharton whipple whitaker white wiberg wiedemann wilkie willebrand willi
    williams willis wilms wilson wiltse windermere winslow wirsung wolff wolffian wolman woodruff
    wrisberg wunderlich wyburn yahr young zellweger zenker zinner zollinger zuckerkandl
    henle corti schlemm ranvier disse lieberkuhn montgomery camper scarpa buck denonvilliers
    petersen roentgen thurston holland letterman mickey mouse kohlrausch houston treves
    gartland lichtman csendes fielding goutallier outerbridge kellgren schatzker neer
    gustilo tscherne sanders bado hotchkiss morrey frykman garden pauwels evans tronzo
    hardinge kocher langenbeck breslow nottingham gleason lugano deauville durie masaoka
    okuda barcelona bclc milan hinchey bormann siewert borrmann paris vienna kudo bethesda
    sydney prague savary miller rockall blatchford glasgow geneva wells pesi duke jones
    ranson apache marshall balthazar bosniak todani strasberg nyhus spigelian gilbert
    alvarado stanford debakey crawford ishimaru kommerell neri anderson montesano levine
    edwards effendi mcafee ferguson denis holdsworth frankel asia nurick ranawat clayton
    borden cognard djindjian merland spetzler martin hunt hess fisher wfns fazekas scheltens
    koedam evans kellie monro magendie ludwig lyme dubois fleischner felson swyer macleod
    bochdalek chilaiditi rigler wackenheim mcgregor chamberlain welcher powers harris wiltse
    meyerding castellvi bertolotti ferguson cobb risser lenke schober lippman hounsfield
    doppler fourier bragg compton auger larmor bloch tesla gauss kaplan
    gunn argyll robertson kayser fleischer helmholtz gullstrand goldmann favaloro papanikolaou
    eijkman tyrer cuzick halsted simpson
""")

# Words that follow an eponym ("Baker cyst", "Salter-Harris fracture", "Cobb angle"). A
# capitalised word directly before one of these is read as an eponym, listed or not.
EPONYM_HEADS = words("""
    fx fxs spectrum zespol zespół choroba objaw tipo typ sinal signo signe segno zeichen teken
    pupil pupils perimeter perimetry ophthalmoscope tonometer tonometry typou typos
    isareti isaret bulgusu sendromu hastaligi koma skalasi skala siniflamasi kisti kirigi
    simptomu sindromu xesteliyi
    ziekte enfermedad doença boala boală sindromul maladia tumora tumoră
    maladie malattia krankheit síndrome sindrome syndrom syndroom fractura fratura frattura
    fraktur fractuur quiste cisto kyste cisti zyste
    lijn lijnen linien linjer linjat tekens jooned joon linije linii linijos līnijas semnul
    jel púp tünet kór betegség szindróma törés vonal ciszta cysta reflex próba
    příznak znak nemoc zlomenina linie čára znamení objav choroby linia linią linii objawem
    tegn sygdom sjukdom tecken sykdom merkki tauti oireyhtymä murtuma linja
    society societies lecture lectures medal award prize foundation
    abnormality abscess adenoma anastomosis anemia anaemia aneurysm angle anomaly apophysitis
    apparatus appearance approach arc arcade arch arches area arcs arteritis artery arthritis
    arthroplasty atrophy band bands body bodies bone bones bursa bursitis canal capsule
    carcinoma cartilage catheter cave cell cells chorea circle classification clip coil collar
    column complex configuration contracture criteria cyst cysts deformity degeneration
    dementia device diathesis disease diseases dislocation distance diverticulum drain duct
    dysplasia dystrophy effect encephalitis encephalopathy equation fascia fat fibers fibres
    filter fingers fistula focus foramen formula fossa fracture fractures ganglion gland glands
    grade grading granuloma habitus heart hernia hump index infarct injury knot lamella law
    layer lesion lesions ligament ligaments line lines lipoma loop lymphoma malformation
    maneuver manoeuvre measurement membrane method murmur muscle nail needle nerve network
    neuralgia neuroma nodes node nodule nodules operation osteochondrosis pad palsy paralysis
    pathway pattern phenomenon pin plate plexus point position pouch procedure process
    projection prosthesis protocol pyelonephritis ratio reaction recess reflex repair response
    ring rings rod rule rules sarcoma scale sclerosis score screw segment sequence sheath shunt
    sign signs space sphincter splint spot spots stage staging stent stitch stripe sulcus suture
    syndrome system technique tendinopathy tendon test tetralogy theory triad triangle tube
    tubercle tumor tumors tumour tumours type ulcer unit units valve variant vein view wire
    zone tenosynovitis thyroiditis tear tears fragment fragments hemiarthroplasty brace
    level levels thickness definition views wires rods resurfacing infraction bands stripes
    pouches valves folds fold crypts islets organ node nodes fracture-dislocation lesion's
    granulomatosis histiocytosis lymphadenitis colitis esophagus oesophagus ulcers polyps
    polyposis cirrhosis thrombosis tendinitis tendonitis spur spurs impingement instability
    ossicle ossicles sesamoid nodules nerve nerves vessels cave disc discs neuritis myositis
    osteitis sinusitis cholangitis pancreatitis nephritis glomerulonephritis vasculitis
    dermatitis keratosis hamartoma hamartomas haemangioma hemangioma angioma adenocarcinoma
    lipomas cysts sarcomas carcinomas mets metastasis metastases catheters drains stents
    filters nails screws pins plates leads clips lines tubes sequences maneuvres manoeuvres
    criterion questionnaire index indices quotient curve curves plot classification's
    bodies corpuscles glands ducts canals spaces recesses membranes tubercles processes
    apple patches patch crystals spirals rosettes hyaline bacillus postulates chorea kyphosis
    primer textbook handbook manual atlas chromosome translocation viper vipers
    classifications surgery reconstruction reconstructions lymphoma lymphomas thyroiditis
    fire dance class classes fokozat fokozatu defekt defekta lezija lezije prijelom fraktura
    bunrui byō shōkōgun kossetsu sain bunryu byeong jeunghugun goljeol jinghu
""")

# Common medical acronyms, so "patient CT" or "pt HIV" is not read as a patient's initials.
ACRONYMS = words("""
    id ids uid cme cpd
    aast ais iss niss rts nascet wfns nihss timi qsofa
    ab abd acl acr adc af afp aki als aml ap ards as asd av avm avn bmi bp bph ca cabg cad cap
    cbd ccta cea cf chf ckd cll cml cns copd cpr crp csf ct cta cth cva cvc cxr dka dm dvt dwi
    dx ecg ed eeg egd ekg emg ent er ercp esr ett eus fast fdg fh fna gbm gcs gerd gi gu hcc hcg
    hd hiv hpi hrct htn hu ibd icd icu ild inr ip ir iud iv ivc jp ldh lft lmp lp lvh mca mcl
    mi mri mrcp mrn ms msk nash ncct ng ngt nhs nm npo nsaid ob oa or pa pca pcl pcp pe peg pet
    pft picc pid pmh pr psa pt ptx pv pvd ra rca rcc rf rll rlq rml ro rsv rta ruq rul rx sah
    sbo sci sdh sle slap spect sob std stemi sti svc tb tbi tee tia tips tka tkr tpn tsh tte
    uc uk us usa uti vaers vats vq vsd vte wbc xr
    aaa esrd pd afib nstemi acs ich iph svt vt vf pea rosc dnr dnar hdu itu ot pacu hcv hbv
    ebv cmv hsv vzv hap vap mrsa vre ibs cd pud lbo pkd adpkd nafld psc pbc aih cca pdac ipmn
    net gist tcc ucc ovca nsclc sclc dcis idc ilc all mm nhl hl dlbcl mgus lch jia cppd dish
    opll nmo adem pml pres rcvs cvst davf ccm dva edh ivh dai nph kub tse swi stir flair
    fiesta vibe dixon mprage bold dti tof mra mrv ctpa ctv fdg psma mdp dexa dxa bmd gre epi
    fse frfse haste trufi ssfp dce dsc asl cest swan mtr adc dwi pdff ffe bffe spair fatsat
    rads birads lirads tirads pirads orads cad cta ctc ctu ivu ivp vcug rug hsg mcug ugi sbft
    ercp mrcp ptc ptbd tace tare rfa mwa ivc svc smv sma ima ija ica eca aca pca mca pica aica
    sca vba ba va lad lcx rca pda om plv rv lv ra la lvot rvot ao pa mpa rpa lpa pv dp mpr
    mip minip vr ssd roi fov kv kvp mas ctdi ctdivol dlp snr cnr hu suv suvmax tr te ti fa
    nex etl bw ge ph pe mr ir ae sae gp er md do rn np pa ceo tv gps nicu picu
    hx dx tx rx sx fx bx cx pts mg fe cu zn hb hct cr alb bili ig tia mdt gum std
    nuc nucmed neuro onc paeds peds obs gyn gynae uro ortho cardio resp gastro haem endo rheum
""")

# Dotted abbreviations that look like initials ("A.P." view, "U.K.", "M.D.").
DOTTED_ABBREVIATIONS = exact(
    """
    A.P. P.A. A.M. P.M. M.D. D.O. R.N. N.B. P.O. I.V. I.M. S.C. O.D. O.S. O.U. B.I.D. T.I.D.
    Q.I.D. P.R.N. D.C. U.N. E.R. E.D. C.T. M.R. M.R.I. I.C.U. A.C.L. P.C.L. M.C.L. L.C.L.
    T.B. H.I.V. G.I. G.U. E.N.T. O.R. R.L.Q. R.U.Q. L.L.Q. L.U.Q. U.S. U.S.A. U.K. E.U.
    W.H.O. Ph.D. B.C. A.D. C.E. B.C.E. R.I.P. P.S. N.A. D.N.A. R.N.A. A.K.A. E.T.A. V.S.
    """
)

# Grade and type tokens after an eponym ("Weber B", "Garden IV", "Bosniak IIF", "Gleason 7").
GRADE_TOKENS = exact(
    """
    I II III IV V VI VII VIII IX X IIF IIA IIB IIIA IIIB IIIC IVA IVB A B C D E F
    """
)

# Capitalised medical words likely to start a sentence or appear in a title.
MEDICAL_WORDS = words("""
    signet
    podiatry podiatrist podiatrists chiropody chiropodist physiotherapist physiotherapists physio
    physios osteopath osteopathy chiropractor orthotist orthotics prosthetist sonography
    radiography optometry optometrist dietitian dietician
    morbus radlex loinc playbook snomed dicom pacs lingula lingular parotid submandibular
    lunate triquetrum triquetral trapezium trapezoid capitate hamate pisiform cuboid navicular
    talus cuneiform sesamoid fabella tibia tibial ulna ulnar olecranon
    afebrile apyrexial pyrexial febrile normotensive hypotensive hypertensive tachycardic
    bradycardic tachypnoeic tachypneic normocardic euvolaemic euvolemic haemodynamically
    hemodynamically saturating desaturating intubated extubated ventilated sedated
    abdomen abdominal abscess acetabular acetabulum achalasia acute adenocarcinoma adenoma
    adenopathy adrenal air airway alveolar amyloid anatomy aneurysm angiogram angiography
    ankle anterior aorta aortic apical appendicitis appendix arterial artery arthritis
    arthrography ascites aspect aspiration atelectasis atrial atrium avulsion axial axis axillary
    barium benign bile biliary biopsy bladder bleed bleeding bone bones bowel brain breast
    bronchiectasis bronchus bulla bursa calcaneus calcification calcified calculus cancer
    carcinoma cardiac cardiomegaly carotid cartilage caudal cavitation cecum cerebellar
    cerebellum cerebral cervical chest cholangiocarcinoma cholecystitis chondral chondroma
    chondrosarcoma chronic cirrhosis clavicle coccyx colitis colon colonic comminuted computed
    consolidation contrast cord coronal coronary cortex cortical cranial cranium cyst cystic
    decubitus degenerative diaphragm diffusion disc discitis dislocation displaced distal
    diverticulitis doppler dorsal duodenal duodenum dura effusion elbow embolism embolus
    emphysema empyema enchondroma endometrial endometrioma endometriosis enhancement
    enhancing epidural epiphysis erosion esophageal esophagus oesophagus fascia fat femoral
    femur fibroid fibroma fibula fibular finger fistula fluid fluoroscopy foot forearm fracture
    fractures frontal gadolinium gallbladder gallstone gallstones ganglion gastric glenoid
    glioblastoma glioma gluteal gradient granuloma groin haemorrhage hemorrhage hamartoma hand
    head heart hemangioma haemangioma hematoma haematoma hemithorax hepatic hernia herniation
    hilar hilum hip humeral humerus hydrocephalus hydronephrosis hydrops maximal minimal
    hyperdense hyperintense
    hypodense hypointense ileal ileum iliac ilium impression infarct infarction inferior
    inflammation inguinal intracranial intussusception ischemia ischaemia isodense jejunum joint
    kidney kidneys knee labral labrum laceration lateral lesion ligament liver lobar lobe lucency
    lumbar lung lungs lymph lymphadenopathy lymphoma malignancy malignant mandible mass
    mediastinal mediastinum medial medullary melanoma meningioma meniscal meniscus mesenteric
    metacarpal metastases metastasis metastatic metatarsal midline mri multiplanar muscle
    myelogram myeloma myocardial neck necrosis neoplasm nephrectomy nerve neural neuroblastoma
    nodule nodules oblique obstruction occipital opacity orbit orbital osseous ossification
    osteoarthritis osteochondroma osteoid osteomyelitis osteonecrosis osteophyte osteoporosis
    osteosarcoma ovarian ovary pancreas pancreatic pancreatitis parenchyma parietal patella
    patellar pelvic pelvis pericardial pericardium perforation periosteal peritoneal
    peritoneum phalanx pituitary pleura pleural pneumatosis pneumonia pneumoperitoneum
    pneumothorax polyp portal posterior prostate proximal pulmonary radial radiograph
    radiographs radius rectal rectum renal retroperitoneal rib ribs rotator rupture sacral
    sacrum sagittal sarcoma scan scaphoid scapula sclerosis sclerotic scoliosis scrotal scrotum
    sella septal sequence sheath shoulder sinus sinuses skull soft spinal spine spleen splenic
    spondylolisthesis spondylolysis spondylosis stenosis sternum stomach stroke subchondral
    subdural superior supine synovial synovitis talus temporal tendon tendinopathy tendinosis
    teratoma testicular testis thalamus thoracic thorax thrombosis thrombus thymus thyroid tibia
    tibial toe tomography torsion trachea tracheal transverse trauma tuberculosis tumor tumour
    ulna ulnar ultrasound ureter ureteric urethra uterine uterus vascular vein venous ventral
    ventricle ventricular vertebra vertebrae vertebral volvulus weighted wrist
    gram stain ray rays xray practice referral ward theatre theater oncology cardiology
    neurology urology orthopaedics orthopedics gastroenterology paediatrics pediatrics
    paediatric pediatric obstetrics gynaecology gynecology intensive critical care nuclear
    interventional neuroradiology musculoskeletal mammography angiography magnetic resonance
    positron emission radiologist radiologists radiographer sonographer physician surgeon
    gadavist dotarem omnipaque visipaque isovue ultravist optiray eovist primovist multihance
    prohance magnevist feraheme definity sonovue lumason optison gastrografin keytruda
    herceptin avastin rituxan opdivo yervoy lupron zytiga xtandi xofigo lutathera pluvicto
    netspot axumin xarelto eliquis pradaxa coumadin warfarin lovenox heparin plavix brilinta
    tylenol advil motrin botox humira remicade enbrel stelara entyvio impella watchman
    amplatzer mitraclip sapien corevalve evolut mirena nexplanon paragard essure portacath
    pleurx optune cyberknife gamma knife tomotherapy novalis truebeam vinci siemens philips
    canon toshiba hologic fujifilm agfa carestream konica skyra prisma vida aera avanto verio
    trio espree magnetom somatom biograph ingenia achieva intera signa optima lightspeed
    aquilion selenia senographe pristina mammomat horos osirix slicer radiopaedia
    radiographics eurorad medline pubmed google youtube twitter mastodon bluesky reddit
    coli aureus pneumoniae staphylococcus streptococcus klebsiella pseudomonas aspergillus
    candida mycobacterium tuberculosis nocardia actinomyces echinococcus toxoplasma
    cryptococcus pneumocystis histoplasma coccidioides listeria salmonella shigella
    clostridium helicobacter enterococcus escherichia proteus bacteroides legionella
    os trigonum odontoideum acromiale naviculare peroneum vesalianum tibiale externum
    situs inversus totalis bifida occulta plana magna mater pia dura arachnoid
    gd dtpa tc mibg fdopa dotatate sestamibi tetrofosmin pertechnetate ioflupane datscan
    orthopaedic orthopedic neurological neurosurgical surgical dental eye maternity mental
    sexual rheumatology dermatology endocrine endocrinology diabetes diabetic haematology
    hematology respiratory sports memory sleep fertility dialysis transplant wound burns burn
    plastic ophthalmology ophthalmic audiology speech physiotherapy rehabilitation rehab
    outpatient inpatient walk-in virtual antenatal prenatal fetal neonatal perinatal geriatric
    palliative hepatology nephrology pulmonology pulmonary vascular interventional
    cardiothoracic hepatobiliary colorectal maxillofacial plastics gynae obs microbiology
    psychiatry geriatrics neonatology neurosurgery orthogeriatrics anaesthetics
    anesthesiology physics lipid access falls gender warfarin anticoagulation travel
    vaccination rhythm pacing arrhythmia hypertension epilepsy seizure headache migraine
    movement neuromuscular scoliosis osteoporosis metabolic obesity bariatric nutrition stoma
    continence stone skin oral lymphoedema lymphedema chemotherapy radiotherapy genetics
    pregnancy menopause colposcopy planning urgent minor injuries triage one-stop occupational
    addiction methadone smoking cessation cystic fibrosis sickle haemophilia hemophilia anaemia
    blood transfusion infusion biologics allergy immunology tropical infectious wikipedia
    medicare medicaid
""")
