export default `
# Agriculture, animals and environment: farming, horticulture, animal care, land and environmental work.
# Pesticide and chainsaw tickets (PA1/PA6, NPTC) are cert's.

crop-production | Crop Production | arable farming, crop management, crop husbandry, harvesting operations, crop harvesting | | irrigation-systems | e:m
livestock-husbandry | Livestock Husbandry | livestock management, animal husbandry, cattle handling, herd management, sheep husbandry, lambing, calving | | milking | e:m
milking | Milking | dairy milking, milking parlour operation, milking parlor operation | livestock-husbandry | | e:w
tractor-operation | Tractor Operation | tractor driving, operating tractors, farm machinery operation, agricultural machinery operation | | | e:w
irrigation-systems | Irrigation Systems | irrigation, drip irrigation, irrigation installation, irrigation maintenance | | crop-production | e:w
pesticide-application | Pesticide Application | spraying pesticides, crop spraying, herbicide application, integrated pest management, IPM | | crop-production | cs e:w
horticulture | Horticulture | plant propagation, nursery stock production, greenhouse growing, glasshouse production | | landscaping | e:m
landscaping | Landscaping | landscape maintenance, grounds maintenance, hard landscaping, soft landscaping, lawn care, hedge cutting, planting schemes | | horticulture | e:w
arboriculture | Arboriculture | tree surgery, tree felling, tree climbing and rigging, tree pruning | | landscaping | e:m
animal-care | Animal Care | animal welfare, kennel work, caring for animals, animal feeding and cleaning | | veterinary-nursing | e:w
veterinary-nursing | Veterinary Nursing | vet nursing, veterinary assisting, veterinary technician duties, animal restraint, small animal nursing | | animal-care | e:m
dog-grooming | Dog Grooming | pet grooming, canine grooming, hand stripping | animal-care | | e:w
equine-care | Equine Care | horse care, stable management, mucking out, horse handling | animal-care | | e:w
environmental-impact-assessment | Environmental Impact Assessment | EIA, environmental impact assessments, environmental assessments | | ecological-surveys | cs e:m
ecological-surveys | Ecological Surveys | ecological surveying, protected species surveys, bat surveys, Phase 1 habitat survey, biodiversity net gain | | environmental-impact-assessment | e:w
waste-management | Waste Management | waste handling, recycling operations, waste segregation, waste collection | | | e:w
forestry | Forestry | forest management, woodland management, timber harvesting | | arboriculture | e:m
soil-science | Soil Management | soil health management, nutrient management | | crop-production | e:w
`;
