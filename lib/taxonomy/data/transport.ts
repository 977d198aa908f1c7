export default `
# Transport and logistics: driving, fleet, freight, customs, warehousing. Licences (CDL, HGV Class 1, forklift
# licence, ADR card) are cert's; here are the skills. Route planning, dispatching and freight forwarding live in ops.

tachographs | Tachographs | tachograph, digital tachographs, tachograph regulations, tachograph analysis, drivers hours regulations, drivers' hours rules | | dot-regulations | e:d
eld-systems | Electronic Logging Devices | ELD, ELDs, electronic logging device, ELD compliance | | dot-regulations | cs e:d
customs-clearance | Customs Clearance | customs declarations, customs entries, import customs clearance, customs documentation, CDS customs declarations | | freight-forwarding | e:w
import-export-documentation | Import and Export Documentation | export documentation, import documentation, bills of lading, bill of lading, commercial invoices and packing lists | | customs-clearance | e:w
goods-in | Goods In | goods inwards, goods receiving, receiving and putaway, put-away, putaway, inbound receiving | warehouse-operations | order-fulfillment | e:d
loading-and-unloading | Loading and Unloading | loading and unloading vehicles, loading trailers, unloading deliveries, load securing, load restraint | warehouse-operations | order-fulfillment | e:d
reach-truck-operation | Reach Truck Operation | VNA truck operation, counterbalance forklift, counterbalance truck | forklift-operation | pallet-jack-operation | e:w
multi-drop-delivery | Multi-drop Delivery | multi-drop, multi drop deliveries, courier delivery | last-mile-delivery | route-planning | e:d
hgv-driving | HGV Driving | HGV driving, LGV driving, lorry driving, class 1 driving, class 2 driving, tractor-trailer driving, truck driving, commercial driving | | tachographs, dot-regulations | e:m
defensive-driving | Defensive Driving | defensive driving techniques | | hgv-driving | e:d
vehicle-inspection | Vehicle Inspections | pre-trip inspections, pre-trip inspection, walkaround checks, vehicle walkaround checks, daily vehicle checks, post-trip inspections | | dot-regulations | e:d
passenger-transport | Passenger Transport | bus driving, coach driving, passenger assistance, wheelchair securement | | defensive-driving | e:w
load-planning | Load Planning | load plans, load optimisation, load optimization, trailer loading plans | | route-planning | e:w
fleet-telematics | Fleet Telematics | telematics, vehicle tracking systems, Samsara, Geotab | fleet-management | eld-systems | e:d
transport-planning | Transport Planning | transport scheduling, traffic planning, transport operations planning | logistics | route-planning, load-planning | e:w
stock-rotation | Stock Rotation | FIFO stock rotation, FEFO, first in first out | inventory-management | | e:d
air-freight | Air Freight | air cargo, airfreight, air freight operations | freight-forwarding | sea-freight | e:w
sea-freight | Sea Freight | ocean freight, FCL and LCL, FCL/LCL, container shipping | freight-forwarding | air-freight | e:w
ltl-shipping | LTL Shipping | LTL, less than truckload, LTL and FTL, full truckload | transportation-management | | cs e:d
freight-brokerage | Freight Brokerage | freight broker, truck brokerage, load booking, carrier sourcing | | ltl-shipping | e:w
aviation-ground-handling | Aircraft Ground Handling | ground handling, ramp operations, baggage handling, aircraft marshalling | | | e:w
`;
