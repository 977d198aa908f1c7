export default `
# Engineering and trades: CAD/CAE tools, electrical and electronics, controls, GIS, construction and shop skills.

# --- CAD and drafting
cad | CAD | Computer-Aided Design, CAD software, CAD modeling, CAD modelling | | autocad, solidworks, cad-drafting | amb e:w
apparel-cad | Apparel CAD | fashion CAD, garment CAD, CAD for garment manufacturing, CAD for garments, clothing CAD | cad | | e:w
footwear-cad | Footwear CAD | CAD for footwear, shoe CAD | cad | apparel-cad | e:w
autocad | AutoCAD | Autodesk AutoCAD, Auto CAD | cad | revit, microstation, cad-drafting | e:w
autocad-civil-3d | AutoCAD Civil 3D | Civil 3D, Civil3D | autocad | microstation | e:w
autocad-electrical | AutoCAD Electrical | | autocad | electrical-design | e:w
solidworks | SolidWorks | Solid Works | cad | catia, creo, autodesk-inventor | e:w
catia | CATIA | CATIA V5 | cad | solidworks, siemens-nx | e:w
siemens-nx | Siemens NX | Unigraphics, NX CAD | cad | catia, creo | e:w
creo | PTC Creo | Creo, Pro/ENGINEER, Pro/E | cad | solidworks | e:w
solid-edge | Solid Edge | Siemens Solid Edge | cad | solidworks | e:w
autodesk-inventor | Autodesk Inventor | Inventor | cad | solidworks | amb e:w
fusion-360 | Autodesk Fusion 360 | Fusion 360, Fusion360 | cad | solidworks | e:w
microstation | MicroStation | Bentley MicroStation | cad | autocad | e:w
vectorworks | Vectorworks | | cad | autocad, revit | e:w
sketchup | SketchUp | Sketch Up, Google SketchUp, Trimble SketchUp, SketchUp Pro | | revit, rhino-3d | e:w
rhino-3d | Rhino 3D | Rhinoceros, Rhinoceros 3D, Rhino3D, Rhino | cad | grasshopper | amb e:w
grasshopper | Grasshopper | Grasshopper 3D | rhino-3d | | amb e:w
cad-drafting | CAD Drafting | technical drafting, engineering drafting | cad | technical-drawing | e:w
technical-drawing | Technical Drawing | technical drawings, engineering drawing, engineering drawings | | gd-t, blueprint-reading | e:w
blueprint-reading | Blueprint Reading | reading blueprints, read blueprints, blueprint interpretation, print reading | | technical-drawing, gd-t | e:w
gd-t | GD&T | Geometric Dimensioning and Tolerancing | | tolerance-stack-up-analysis, technical-drawing | e:w
tolerance-stack-up-analysis | Tolerance Stack-Up Analysis | tolerance analysis, stack-up analysis, tolerance stackup analysis | gd-t | | e:w
design-for-manufacturing | Design for Manufacturing | DFM, design for manufacturability, DFMA, design for manufacture and assembly | | gd-t, injection-molding | e:w
mechanical-design | Mechanical Design | | | solidworks, gd-t | e:m
sheet-metal-design | Sheet Metal Design | | mechanical-design | solidworks | e:w
mechatronics | Mechatronics | | | robotics, embedded-systems | e:m
ptc-windchill | PTC Windchill | Windchill | | siemens-teamcenter, creo | e:w
siemens-teamcenter | Siemens Teamcenter | Teamcenter | | ptc-windchill, siemens-nx | e:w
product-data-management | Product Data Management | PDM, PDM systems, product data management systems | | ptc-windchill, siemens-teamcenter | cs e:w

# --- BIM and construction
bim | BIM | Building Information Modeling, Building Information Modelling | | revit, navisworks | e:m
revit | Revit | Autodesk Revit, Revit Architecture, Revit MEP | bim | autocad, navisworks | e:w
navisworks | Autodesk Navisworks | Navisworks | bim | revit | e:w
tekla-structures | Tekla Structures | Tekla | bim | revit | e:w
bluebeam | Bluebeam Revu | Bluebeam, Revu | | quantity-takeoff | e:d
procore | Procore | | | bluebeam | e:d
quantity-takeoff | Quantity Takeoff | quantity take-off, material takeoff | | bluebeam | e:w
building-codes | Building Codes | International Building Code | | | e:w
mep-engineering | MEP Engineering | MEP, mechanical electrical and plumbing | | hvac, revit | e:m
energy-modeling | Energy Modeling | building energy modeling, energy modelling | | hvac | e:w

# --- Simulation and analysis
finite-element-analysis | Finite Element Analysis | FEA, FEM, finite element method, finite element modeling, finite element modelling | | ansys, abaqus, stress-analysis | e:m
computer-aided-engineering | Computer-Aided Engineering | CAE, CAE software, CAE tools, computer aided engineering | | finite-element-analysis, computational-fluid-dynamics, ansys | amb e:m
computational-mechanics | Computational Mechanics | computational solid mechanics | | finite-element-analysis, computational-fluid-dynamics | e:m
computational-fluid-dynamics | Computational Fluid Dynamics | CFD | | ansys-fluent, openfoam, star-ccm | e:m
ansys | ANSYS | Ansys Mechanical, Ansys Workbench | finite-element-analysis | abaqus, comsol | e:m
ansys-fluent | Ansys Fluent | | computational-fluid-dynamics | ansys, star-ccm | e:w
abaqus | Abaqus | SIMULIA Abaqus | finite-element-analysis | ansys | e:m
comsol | COMSOL Multiphysics | COMSOL | | ansys | e:m
nastran | Nastran | MSC Nastran, NX Nastran | finite-element-analysis | hypermesh | e:w
hypermesh | HyperMesh | Altair HyperMesh | finite-element-analysis | nastran | e:w
ls-dyna | LS-DYNA | LS DYNA | finite-element-analysis | abaqus | e:w
star-ccm | STAR-CCM+ | Simcenter STAR-CCM+, STAR CCM+ | computational-fluid-dynamics | ansys-fluent | e:w
openfoam | OpenFOAM | | computational-fluid-dynamics | ansys-fluent | e:w
stress-analysis | Stress Analysis | | | finite-element-analysis | e:w
vibration-analysis | Vibration Analysis | | | finite-element-analysis | e:w
structural-analysis | Structural Analysis | | | sap2000, etabs, staad-pro | e:m
sap2000 | SAP2000 | SAP 2000 | structural-analysis | etabs | e:w
etabs | ETABS | | structural-analysis | sap2000 | e:w
staad-pro | STAAD.Pro | STAAD Pro | structural-analysis | etabs | e:w
hec-ras | HEC-RAS | | hydraulic-modeling | | e:w
hec-hms | HEC-HMS | | hydraulic-modeling | hec-ras | e:w
openroads | OpenRoads Designer | Bentley OpenRoads, OpenRoads | cad | autocad-civil-3d, microstation | e:w
mathcad | Mathcad | PTC Mathcad | | matlab | e:d
hydraulic-modeling | Hydraulic Modeling | hydraulic modelling | | hec-ras | e:w
simulink | Simulink | MATLAB Simulink | matlab | hardware-in-the-loop | e:w
hardware-in-the-loop | Hardware-in-the-Loop | HIL testing, HIL simulation | | simulink, dspace | e:w
dspace | dSPACE | | hardware-in-the-loop | simulink | e:w
aspen-plus | Aspen Plus | | | aspen-hysys | e:w
aspen-hysys | Aspen HYSYS | HYSYS | | aspen-plus | e:w
p-id | P&ID | P&IDs, piping and instrumentation diagrams, piping and instrumentation diagram | | hazop | e:w
hazop | HAZOP | hazard and operability study, hazard and operability analysis | | p-id | e:w

# --- Manufacturing and shop
3d-printing | 3D Printing | additive manufacturing | | fusion-360, design-for-manufacturing | e:w
injection-molding | Injection Molding | injection moulding, plastic injection molding | | design-for-manufacturing | e:m
cnc-machining | CNC Machining | CNC, computer numerical control | machining | cnc-programming | e:w
cnc-programming | CNC Programming | | cnc-machining | g-code, mastercam | e:w
g-code | G-code | G code, Gcode, G-codes, G codes, G and M codes, G & M codes, G and M code, G&M codes, G-code and M-code, M-code, M codes | cnc-programming | mastercam | e:w
mastercam | Mastercam | | cnc-programming | g-code | e:w
powermill | PowerMill | Autodesk PowerMill, Delcam PowerMill | cnc-programming | mastercam | e:w
computer-aided-manufacturing | Computer-Aided Manufacturing | CAM, CAM software | | mastercam, cnc-programming | amb e:w
machining | Machining | machine shop work, manual machining, precision machining, machine tool operation, operating machine tools, machine tools, lathe operation, milling machine operation, turning and milling, CNC turning, CNC milling | | cnc-machining, blueprint-reading | e:m
metrology | Metrology | dimensional metrology | | cmm, gd-t | e:w
cmm | CMM | coordinate measuring machine, coordinate measuring machines, CMM programming | metrology | gd-t | e:w
non-destructive-testing | Non-Destructive Testing | NDT, nondestructive testing, non destructive testing, NDE, nondestructive evaluation, non-destructive evaluation | | welding | e:m
welding | Welding | welding and fabrication, arc welding, fabrication and welding, steel fabrication welding | | mig-welding, tig-welding, stick-welding, welding-certification | e:m
mig-welding | MIG Welding | GMAW, gas metal arc welding | welding | tig-welding | e:w
tig-welding | TIG Welding | GTAW, gas tungsten arc welding | welding | mig-welding | e:w
stick-welding | Stick Welding | SMAW, shielded metal arc welding | welding | mig-welding | e:w
soldering | Soldering | hand soldering | | ipc-a-610 | e:w
ipc-a-610 | IPC-A-610 | IPC 610 | | soldering | e:d
hydraulics | Hydraulics | hydraulic systems | | pneumatics | e:w
pneumatics | Pneumatics | pneumatic systems | | hydraulics | e:w
pipefitting | Pipefitting | pipe fitting | | welding, plumbing | e:m
plumbing | Plumbing | plumbing installation, plumbing repairs, plumbing maintenance, domestic plumbing, commercial plumbing, plumbing systems, pipework installation, copper pipework, unvented hot water systems, G3 unvented | | pipefitting, hvac, plumbing-license | e:m
carpentry | Carpentry | carpenter work, joinery, first fix, second fix, first and second fix, framing carpentry, formwork, shuttering | | blueprint-reading | e:m
hvac | HVAC | heating ventilation and air conditioning, heating, ventilation and air conditioning, HVAC systems, HVAC/R, HVACR, HVAC maintenance, HVAC repair, HVAC installation, heating and air conditioning, heating and cooling systems, heating systems, heating equipment maintenance | | refrigeration, mep-engineering, hvac-license | e:m
building-automation-systems | Building Automation Systems | building automation system, building management systems, building management system | | hvac, bacnet, lonworks | e:w
home-automation | Home Automation | smart home systems, smart home automation, domotics, domotic systems | | building-automation-systems, iot, zigbee | e:w
alarm-systems | Alarm Systems | security alarm systems, intrusion alarm systems, intruder alarm systems, burglar alarm systems | | building-automation-systems | e:w
refrigeration | Refrigeration | refrigeration systems, refrigeration plant, commercial refrigeration, industrial refrigeration, refrigeration maintenance, refrigeration repair, refrigeration engineering | | hvac, epa-608, f-gas | e:m
dx-systems | DX Systems | DX system, DX air conditioning, DX units, DX split systems, direct expansion systems, direct expansion air conditioning | refrigeration | vrf-systems | e:w
vrf-systems | VRF Systems | VRF, VRV, VRF system, VRV systems, VRF/VRV systems, variable refrigerant flow, variable refrigerant volume, VRF air conditioning | hvac | dx-systems, heat-pumps | cs e:w
air-conditioning | Air Conditioning | air conditioning systems, air-conditioning systems, air conditioning maintenance, air conditioning installation, aircon, split systems, split system air conditioning, packaged air conditioning units | hvac | dx-systems, refrigeration | e:w
chillers | Chillers | chiller, chiller systems, chiller plant, chiller maintenance, chilled water systems, chilled water plant | hvac | cooling-towers, refrigeration | e:w
cooling-towers | Cooling Towers | cooling tower, cooling tower maintenance, cooling tower water treatment | hvac | chillers, legionella-control | e:w
air-handling-units | Air Handling Units | AHU, AHUs, air handling unit, air handlers, air handler, fan coil units, FCUs | hvac | chillers | cs e:w
heat-pumps | Heat Pumps | heat pump, air source heat pumps, ground source heat pumps, ASHP, GSHP, heat pump installation, heat pump systems | hvac | vrf-systems | e:w
boiler-maintenance | Boiler Maintenance | boilers, boiler, boiler repair, boiler repairs, boiler servicing, boiler service, boiler installation, boiler installations, boiler systems, boiler operation, boiler room operation, commercial boilers, domestic boilers, combination boilers, combi boilers | hvac | burner-maintenance, steam-heating-systems, gas-safe | e:w
burner-maintenance | Burner Maintenance | burners, burner, burner repair, burner repairs, burner servicing, oil burners, gas burners, burner controls, burner tuning, combustion analysis | boiler-maintenance | boiler-maintenance | e:w
steam-heating-systems | Steam Heating Systems | steam heating, steam heating system, steam systems, steam system, steam heat, steam boilers, steam traps, low pressure steam, steam distribution | hvac | boiler-maintenance, vacuum-heating-systems | e:w
vacuum-heating-systems | Vacuum Heating Systems | vacuum heating equipment, vacuum heating system, vacuum heating, vacuum steam heating, vacuum tank, vacuum tanks, vacuum return systems, vacuum return system | steam-heating-systems | steam-heating-systems | e:w
hot-water-systems | Hot Water Systems | hot water generating systems, hot water generating system, hot water heating systems, hot water system, hot water boilers, domestic hot water systems, DHW systems, water heaters, hot water heaters, hydronic heating, hydronic systems, hydronic heating systems | hvac | boiler-maintenance, plumbing | e:w
pneumatic-controls | Pneumatic Controls | pneumatic control systems, pneumatic HVAC controls, pneumatic heating systems, pneumatic heating system, pneumatic heating controls, pneumatic temperature controls | pneumatics, hvac | building-automation-systems | e:w
pump-maintenance | Pump Maintenance | pumps, pump repair, pump repairs, pump servicing, pump installation, pump systems, pumping systems, centrifugal pumps, water pumps, booster pumps, sump pumps | | hydraulics, mechanical-maintenance | e:w
electric-motors | Electric Motors | motor repair, motor repairs, motor maintenance, motor rewinding, electric motor repair, AC motors, DC motors, induction motors | | motor-controls, variable-frequency-drives | e:w
gas-engineering | Gas Engineering | gas installation, gas installations, gas appliance servicing, gas appliance installation, gas fitting, gasfitting, gas pipework, commercial gas, domestic gas servicing | | gas-safe, boiler-maintenance | e:m
ventilation-systems | Ventilation Systems | ventilation, mechanical ventilation systems, ductwork, ductwork installation, extraction systems, LEV systems, local exhaust ventilation | hvac | air-handling-units | e:w
brazing | Brazing | | | welding, soldering | e:w
masonry | Masonry | bricklaying | | carpentry | e:m
drywall-installation | Drywall Installation | drywall hanging, drywall finishing, drylining, dry lining, plasterboard, taping and mudding | | carpentry | e:w
roofing | Roofing | roof installation, flat roofing, pitched roofing, roof repairs, single-ply roofing | | carpentry | e:m
heavy-equipment-operation | Heavy Equipment Operation | heavy equipment operating | | | e:w
automotive-diagnostics | Automotive Diagnostics | vehicle diagnostics | | | e:m

# --- Electrical and electronics
electrical-wiring | Electrical Wiring | | | electrical-schematics, national-electrical-code | e:w
electrical-troubleshooting | Electrical Troubleshooting | electrical fault finding, electrical fault-finding, fault finding on electrical systems, electrical diagnostics | | electrical-schematics | e:w
electrical-maintenance | Electrical Maintenance | electrical maintenance work, maintenance of electrical equipment, maintenance of electrical systems, electrical repairs, electrical repair work, electrical maintenance and repair, industrial electrical maintenance, building electrical maintenance, electrical plant maintenance | | electrical-troubleshooting, electrical-inspection-and-testing | e:m
mechanical-maintenance | Mechanical Maintenance | mechanical repairs, maintenance of mechanical equipment, mechanical plant maintenance, plant maintenance, mechanical maintenance engineering, mechanical fitting | | pump-maintenance, preventive-maintenance | e:m
electrical-installation | Electrical Installation | electrical installations, electrical installation work, electrical first fix and second fix, containment installation, cable tray installation, cable pulling, cable installation, domestic electrical installation, commercial electrical installation | electrical-wiring | bs-7671, electrical-maintenance | e:m
electrical-inspection-and-testing | Electrical Inspection and Testing | electrical inspection & testing, electrical testing and inspection, inspection and testing of electrical installations, periodic inspection and testing, EICR, EICRs, electrical installation condition reports, electrical installation condition report, City & Guilds 2391, C&G 2391, 2391 qualification, 2391 Inspection and Testing, City & Guilds 2394, City & Guilds 2395 | electrical-maintenance | bs-7671, pat-testing | e:w
pat-testing | PAT Testing | portable appliance testing, PAT test, PAT tests, PAT inspection, PAT testing certification | electrical-inspection-and-testing | electrical-inspection-and-testing | e:d
emergency-lighting | Emergency Lighting | emergency lighting testing, emergency lighting systems, emergency lighting maintenance, BS 5266 | electrical-maintenance | fire-alarm-systems | e:d
fire-alarm-systems | Fire Alarm Systems | fire alarm system, fire alarm testing, fire alarm maintenance, fire alarm installation, fire detection systems, fire detection and alarm systems, BS 5839, fire alarm panels | | emergency-lighting, alarm-systems | e:w
high-voltage-systems | High Voltage Systems | HV systems, high voltage switching, HV switching, HV authorised person, high voltage authorised person, medium voltage systems, LV and HV systems | power-systems | switchgear | e:m
three-phase-power | Three-Phase Power | three phase power, 3-phase power, three-phase systems, three phase electrical systems, 3 phase systems, single and three phase | electrical-wiring | motor-controls | e:w
electrical-schematics | Electrical Schematics | schematics, wiring diagrams, schematic reading, reading schematics | | electrical-wiring | e:w
national-electrical-code | National Electrical Code | NEC, NFPA 70 | | electrical-wiring | e:w
electrical-design | Electrical Design | | | autocad-electrical, power-systems | e:m
arc-flash-analysis | Arc Flash Analysis | arc flash studies, arc flash study | power-systems | etap | e:w
power-systems | Power Systems | power systems engineering, power system analysis | | etap, power-electronics | e:m
smart-grid | Smart Grid | smart grids, smart grid systems, smart grid technology | power-systems | automatic-meter-reading, scada | e:w
automatic-meter-reading | Automatic Meter Reading | automated meter reading, advanced metering infrastructure | smart-grid | | e:w
etap | ETAP | | power-systems | | e:w
pss-e | PSS/E | PSSE, Siemens PSS/E | power-systems | etap, pscad | e:w
pscad | PSCAD | | power-systems | pss-e | e:w
power-electronics | Power Electronics | | | power-systems, circuit-design | e:m
motor-controls | Motor Controls | motor control | | plc-programming | e:w
variable-frequency-drives | Variable Frequency Drives | VFD, VFDs, variable speed drives | motor-controls | plc-programming | e:w
conduit-bending | Conduit Bending | | electrical-wiring | national-electrical-code | e:w
switchgear | Switchgear | | power-systems | protective-relaying | e:w
protective-relaying | Protective Relaying | protection relays, relay protection | power-systems | switchgear | e:m
solar-pv-design | Solar PV Design | photovoltaic system design, PV system design, solar design | | pvsyst, power-systems | e:w
pvsyst | PVsyst | | solar-pv-design | | e:d
circuit-design | Circuit Design | electronic circuit design | | pcb-design, analog-circuit-design | e:m
analog-circuit-design | Analog Circuit Design | analog design | circuit-design | spice | e:m
digital-logic-design | Digital Logic Design | digital circuit design, logic design | circuit-design | fpga | e:m
pcb-design | PCB Design | printed circuit board design, PCB layout | | altium-designer, kicad, circuit-design | e:w
printed-circuit-boards | Printed Circuit Boards | printed circuit board, PCB, PCBs, PCBA, PCB assembly, printed circuit board assembly, circuit boards, circuit board | | pcb-design, soldering, circuit-design | amb e:w
automated-optical-inspection | Automated Optical Inspection | AOI, AOI inspection | printed-circuit-boards | in-circuit-testing, machine-vision | amb e:w
integrated-circuits | Integrated Circuits | integrated circuit | | circuit-design, microprocessors | e:m
altium-designer | Altium Designer | Altium | pcb-design | orcad, kicad | e:w
orcad | OrCAD | Cadence OrCAD | pcb-design | altium-designer | e:w
kicad | KiCad | | pcb-design | altium-designer | e:w
cadence-allegro | Cadence Allegro | Allegro PCB | pcb-design | orcad | e:w
cadence-virtuoso | Cadence Virtuoso | | analog-circuit-design | spice | e:w
cadence | Cadence | Cadence Design Systems, Cadence EDA | | cadence-virtuoso, cadence-allegro | amb e:w
spice | SPICE | SPICE simulation | circuit-design | ltspice | cs e:w
ltspice | LTspice | LT Spice | spice | | e:d
fpga | FPGA | Field-Programmable Gate Array, Field-Programmable Gate Arrays, FPGA design, FPGA development | | digital-logic-design, xilinx-vivado, asic-design | e:m
xilinx-vivado | Xilinx Vivado | Vivado | fpga | intel-quartus | e:w
intel-quartus | Intel Quartus | Quartus, Quartus Prime | fpga | xilinx-vivado | e:w
asic-design | ASIC Design | ASIC, ASIC development | | fpga, vlsi | amb e:m
vlsi | VLSI | VLSI design, Very Large Scale Integration | | asic-design | e:m
embedded-systems | Embedded Systems | embedded systems development, embedded systems engineering | | c, rtos, microcontrollers | e:m
rtos | RTOS | real-time operating system, real-time operating systems, FreeRTOS | embedded-systems | | e:w
microcontrollers | Microcontrollers | microcontroller, MCU, microcontroller programming | embedded-systems | arduino | e:w
microprocessors | Microprocessors | microprocessor, micro-processors | | microcontrollers, computer-architecture, embedded-systems | e:w
mems | MEMS | Microelectromechanical Systems, micro-electro-mechanical systems, microelectromechanical system, MEMS sensors, MEMS devices | | sensors, integrated-circuits | cs e:m
sensors | Sensors | sensors, sensor technology, sensor technologies, sensor integration, transducers | | sensor-fusion, embedded-systems, iot | amb e:w
fiber-optics | Fiber Optics | fibre optics, fiber optic, fibre optic, fiber-optic cabling, fibre-optic cabling, fiber optic cabling, optical fiber, optical fibre | | structured-cabling, telecommunications-engineering | e:w
structured-cabling | Structured Cabling | structured cabling systems, network cabling, low voltage cabling | | fiber-optics | e:w
telecommunications-engineering | Telecommunications Engineering | telecoms engineering, telecom engineering, telecommunication engineering | | fiber-optics | e:m
arduino | Arduino | | microcontrollers | raspberry-pi | e:d
raspberry-pi | Raspberry Pi | | | arduino | e:d
autosar | AUTOSAR | | embedded-systems | can-bus | e:m
can-bus | CAN Bus | CANbus, Controller Area Network, CAN protocol | | canoe, autosar | e:w
adas | ADAS | Advanced Driver Assistance Systems, advanced driver assistant systems, advanced driver-assistance systems, driver assistance systems | | autosar, iso-26262, sensor-fusion, computer-vision | cs e:m
v2x | V2X | vehicle-to-everything, vehicle-to-everything communication, C-V2X | | adas | cs e:w
canoe | CANoe | Vector CANoe | can-bus | | e:w
signal-processing | Signal Processing | | | digital-signal-processing | e:m
digital-signal-processing | Digital Signal Processing | | signal-processing | matlab | e:m
rf-engineering | RF Engineering | RF design, radio frequency engineering | | antenna-design | e:m
antenna-design | Antenna Design | | rf-engineering | | e:m
oscilloscopes | Oscilloscopes | oscilloscope | | electrical-troubleshooting | e:d
data-acquisition | Data Acquisition | DAQ | | oscilloscopes, signal-processing | e:w
ni-teststand | NI TestStand | TestStand | | data-acquisition | e:w

# --- Controls, automation and robotics
plc-programming | PLC Programming | PLC, PLCs, programmable logic controllers, programmable logic controller | industrial-automation | ladder-logic, scada, hmi | amb e:w
ladder-logic | Ladder Logic | ladder diagrams | plc-programming | | e:w
allen-bradley | Allen-Bradley | Allen Bradley | plc-programming | rslogix | e:w
rslogix | RSLogix | RSLogix 5000, Studio 5000, Studio 5000 Logix Designer | plc-programming | allen-bradley | e:w
siemens-tia-portal | Siemens TIA Portal | TIA Portal, STEP 7, Simatic Step 7 | plc-programming | | e:w
scada | SCADA | Supervisory Control and Data Acquisition | industrial-automation | plc-programming, hmi | e:w
hmi | HMI | Human-Machine Interface, human machine interface | industrial-automation | scada | e:w
distributed-control-systems | Distributed Control Systems | DCS | industrial-automation | scada | e:w
ignition-scada | Ignition SCADA | Inductive Automation Ignition | scada | | e:w
wonderware | AVEVA Wonderware | Wonderware | scada | | e:w
modbus | Modbus | Modbus TCP, Modbus RTU | industrial-automation | scada | e:d
industrial-automation | Industrial Automation | | | plc-programming, robotics | e:m
instrumentation-and-controls | Instrumentation and Controls | I&C, instrumentation & controls, instrumentation and control, instrumentation engineering, instrumentation and control engineering | | industrial-automation, distributed-control-systems | e:m
control-systems-engineering | Control Systems Engineering | control theory, control systems design, feedback control, control engineering | | pid-control, simulink | e:m
flight-control-systems | Flight Control Systems | flight controls, aircraft flight control systems, flight control software, flight control laws | control-systems-engineering | | e:m
pid-control | PID Control | PID controller, PID controllers, PID tuning, PID loop tuning | control-systems-engineering | | e:w
model-predictive-control | Model Predictive Control | MPC | control-systems-engineering | | e:w
robotics | Robotics | | | ros, industrial-automation | e:m
ros | ROS | Robot Operating System, ROS 2, ROS2 | robotics | slam | amb e:w
robot-programming | Robot Programming | industrial robot programming | robotics | fanuc | e:w
fanuc | FANUC | FANUC robots | robotics | robot-programming | e:w
cognex | Cognex | Cognex In-Sight, Cognex VisionPro | machine-vision | | e:w
slam | SLAM | Simultaneous Localization and Mapping | robotics | lidar, sensor-fusion | cs e:w
sensor-fusion | Sensor Fusion | | | kalman-filtering, lidar | e:w
kalman-filtering | Kalman Filtering | Kalman filter, Kalman filters | | sensor-fusion | e:w
lidar | LiDAR | | | photogrammetry, remote-sensing, slam | e:w
unmanned-aircraft-systems | Unmanned Aircraft Systems | UAS, UAV, UAVs, unmanned aerial vehicles, unmanned aerial vehicle, unmanned aerial systems, unmanned air systems | | lidar, photogrammetry, remote-sensing | cs e:w

# --- Systems engineering
model-based-systems-engineering | Model-Based Systems Engineering | MBSE, model based system engineering | | sysml, cameo-systems-modeler, ibm-doors | e:w
sysml | SysML | Systems Modeling Language | model-based-systems-engineering | | e:w
cameo-systems-modeler | Cameo Systems Modeler | Cameo, MagicDraw | model-based-systems-engineering | sysml | amb e:w
ibm-doors | IBM DOORS | DOORS, DOORS Next, Rational DOORS | | model-based-systems-engineering | amb e:w
functional-safety | Functional Safety | | | iso-26262 | e:w
iso-26262 | ISO 26262 | | functional-safety | autosar | e:w

# --- GIS, surveying and geospatial
gis | GIS | Geographic Information Systems, Geographic Information System, Geographical Information Systems | | arcgis, qgis, geospatial-analysis | e:m
arcgis | ArcGIS | Esri ArcGIS, ArcGIS Pro, ArcMap, ArcGIS Desktop, ArcView, ArcInfo | gis | qgis, arcpy | e:w
arcgis-server | ArcGIS Server | ArcGIS Enterprise, ArcServer, ArcGIS for Server | arcgis | | e:w
arcpy | ArcPy | | arcgis, python | | e:w
qgis | QGIS | Quantum GIS | gis | arcgis | e:w
mapinfo | MapInfo | MapInfo Pro | gis | arcgis, qgis | e:w
google-earth | Google Earth | Google Earth Pro | | google-earth-engine, gis | e:d
geospatial-analysis | Geospatial Analysis | spatial analysis, geospatial analytics, spatial analytics, geospatial data analysis | gis | geostatistics, remote-sensing | e:w
remote-sensing | Remote Sensing | | gis | photogrammetry, lidar | e:m
photogrammetry | Photogrammetry | | | remote-sensing, lidar | e:w
cartography | Cartography | digital cartography | gis | | e:w
google-earth-engine | Google Earth Engine | | remote-sensing | | e:w
land-surveying | Land Surveying | surveying | | total-station, gis | e:m
total-station | Total Station | total stations, Leica total station, Trimble total station | land-surveying | | e:d
`;
