export default `
# Mobile platforms, SDKs, frameworks and tools.
# id | Name | aliases | parents | related | flags

# --- Platforms ---
ios | iOS | iOS development, iOS apps, iOS app development, iPhone development, iOS SDK development | | swift, objective-c, xcode, swiftui | cs e:m
android | Android | Android development, Android apps, Android app development, Android OS | | kotlin, java, android-sdk, android-studio | e:m
ipados | iPadOS | | ios | ios | e:d
watchos | watchOS | watch OS, Apple Watch development | ios | ios, swiftui | e:w
tvos | tvOS | Apple TV development | ios | ios | e:w
visionos | visionOS | Apple Vision Pro development | ios | realitykit, swiftui | e:w
wear-os | Wear OS | Android Wear, WearOS | android | android | e:w
android-tv | Android TV | Android TV development | android | android | e:d
android-auto | Android Auto | Android Automotive, Android Automotive OS, AAOS | android | carplay | e:w
carplay | CarPlay | Apple CarPlay | ios | android-auto | e:w

# --- Apple SDKs and frameworks ---
ios-sdk | iOS SDK | Apple iOS SDK | ios | xcode, uikit | e:w
xcode | Xcode | XCode | ios | swift, ios-sdk | e:d
swiftui | SwiftUI | Swift UI | swift, ios | uikit, combine | e:w
uikit | UIKit | UI Kit framework | ios | swiftui, cocoa-touch | e:w
cocoa-touch | Cocoa Touch | CocoaTouch | ios | uikit, objective-c | e:w
appkit | AppKit | Cocoa AppKit | | swift, swiftui | e:w
rxswift | RxSwift | RxCocoa | swift | combine, rxjava | e:w
combine | Combine Framework | Apple Combine, Swift Combine | swift, ios | rxswift, swiftui | e:w
swift-concurrency | Swift Concurrency | Swift async/await, Swift structured concurrency | swift | combine | e:d
realm | Realm | Realm Database, MongoDB Realm, Realm DB | | core-data, room-database | amb e:d
core-data | Core Data | CoreData | ios | realm | amb e:w
swiftdata | SwiftData | Swift Data | ios | core-data | e:d
core-ml | Core ML | CoreML | ios | create-ml, machine-learning | e:w
create-ml | Create ML | CreateML | ios | core-ml | e:d
arkit | ARKit | | ios | arcore, realitykit | e:w
realitykit | RealityKit | | ios | arkit, visionos | e:w
scenekit | SceneKit | | ios | spritekit, arkit | e:w
spritekit | SpriteKit | | ios | scenekit | e:w
core-animation | Core Animation | CoreAnimation | ios | uikit | e:w
core-graphics | Core Graphics | CoreGraphics, Quartz 2D | ios | core-animation | e:d
core-location | Core Location | CoreLocation | ios | mapkit | e:d
core-bluetooth | Core Bluetooth | CoreBluetooth | ios | | e:d
avfoundation | AVFoundation | AV Foundation | ios | | e:w
mapkit | MapKit | | ios | core-location | e:d
healthkit | HealthKit | | ios | | e:d
cloudkit | CloudKit | | ios | core-data | e:d
storekit | StoreKit | StoreKit 2 | ios | in-app-purchases | e:d
widgetkit | WidgetKit | | ios | swiftui | e:d
push-notifications | Push Notifications | push notification, APNs, Apple Push Notification service, mobile push notifications | | firebase-cloud-messaging | e:d

# --- Android SDKs and libraries ---
android-sdk | Android SDK | | android | android-studio, android-ndk | e:w
android-ndk | Android NDK | NDK, Android Native Development Kit | android, cpp | android-sdk | e:w
android-studio | Android Studio | | android | android-sdk | e:d
android-jetpack | Android Jetpack | Jetpack libraries, Android Architecture Components | android | jetpack-compose | e:w
jetpack-compose | Jetpack Compose | Android Jetpack Compose, Compose UI | kotlin, android | android-jetpack, swiftui | e:w
compose-multiplatform | Compose Multiplatform | Compose for Desktop | jetpack-compose, kotlin-multiplatform | kotlin-multiplatform | e:w
kotlin-coroutines | Kotlin Coroutines | | kotlin | rxjava | e:w
room-database | Room Persistence Library | Android Room, Room database, Room DB | android | | e:d
retrofit | Retrofit | Retrofit2, Retrofit 2 | android, java | okhttp | amb e:d
okhttp | OkHttp | | java | retrofit | e:d
dagger | Dagger | Dagger 2, Dagger2 | java | hilt | amb e:d
hilt | Hilt | Dagger Hilt, Dagger-Hilt | android | dagger, koin | amb e:d
koin | Koin | | kotlin | hilt | e:d
exoplayer | ExoPlayer | Media3 ExoPlayer | android | avfoundation | e:d
android-workmanager | WorkManager | Android WorkManager | android-jetpack | | e:d
google-play-services | Google Play Services | | android | firebase-cloud-messaging | e:d

# --- Cross-platform ---
react-native | React Native | ReactNative, React-Native, React Native development | react | flutter, expo, ios, android | e:w
expo | Expo SDK | Expo Go, Expo EAS, Expo CLI, Expo Router | react-native | react-native | e:d
react-navigation | React Navigation | | react-native | react-native | e:d
flutter | Flutter | Flutter SDK, Flutter framework, Flutter development | dart | react-native, dart | amb e:w
bloc | BLoC | BLoC pattern, flutter_bloc, Flutter Bloc | flutter | riverpod | cs e:d
riverpod | Riverpod | | flutter | bloc, getx | e:d
getx | GetX | | flutter | riverpod | e:d
xamarin | Xamarin | Xamarin.Forms, Xamarin Forms, Xamarin.iOS, Xamarin.Android | csharp, dotnet | dotnet-maui | e:w
dotnet-maui | .NET MAUI | MAUI, Multi-platform App UI | dotnet | xamarin, xaml | amb e:w
ionic | Ionic | Ionic Framework, Ionic Angular | javascript | capacitor, cordova, angular | cs e:w
capacitor | Ionic Capacitor | Capacitor.js, CapacitorJS | javascript | ionic, cordova | e:d
cordova | Apache Cordova | Cordova, PhoneGap, Adobe PhoneGap | javascript | ionic, capacitor | amb e:w
nativescript | NativeScript | Native Script | javascript | react-native | e:w
kotlin-multiplatform | Kotlin Multiplatform | KMP, KMM, Kotlin Multiplatform Mobile | kotlin | flutter, compose-multiplatform | e:w
titanium | Appcelerator Titanium | Titanium SDK | javascript | react-native | e:d

# --- Dependency managers, distribution and mobile DevOps ---
cocoapods | CocoaPods | Cocoa Pods | ios | swift-package-manager | e:d
swift-package-manager | Swift Package Manager | SwiftPM | swift | cocoapods | e:d
testflight | TestFlight | Test Flight | ios | app-store-connect | e:d
app-store-connect | App Store Connect | iTunes Connect | ios | testflight | e:d
app-store-submission | App Store Submission | App Store deployment, App Store publishing, App Store release | ios | app-store-connect | e:d
google-play-console | Google Play Console | Play Console, Google Play Developer Console | android | google-play-services | e:d
in-app-purchases | In-App Purchases | In-App Purchase, in-app billing, Google Play Billing | | storekit | e:d
fastlane | Fastlane | fastlane tools | | bitrise, testflight | e:d
bitrise | Bitrise | | | fastlane, app-center | e:d
app-center | Visual Studio App Center | App Center, Microsoft App Center, HockeyApp | | bitrise, firebase-crashlytics | e:d
firebase-crashlytics | Crashlytics | Firebase Crashlytics, Fabric Crashlytics | firebase | app-center | e:d
firebase-cloud-messaging | Firebase Cloud Messaging | FCM | firebase | push-notifications | e:d
deep-linking | Deep Linking | deep links, deep link, universal links, Android App Links | | push-notifications | e:d
codepush | CodePush | App Center CodePush | react-native | expo | e:d
arcore | ARCore | Google ARCore | android | arkit | e:w
blackberry | BlackBerry | BlackBerry OS, BlackBerry 10 | | android, ios, mobile-device-management | amb e:w
`;
