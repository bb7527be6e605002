/*
*This is auto generated from the ControlManifest.Input.xml file
*/

// Define IInputs and IOutputs Type. They should match with ControlManifest.
export interface IInputs {
    profileName: ComponentFramework.PropertyTypes.StringProperty;
    fullName: ComponentFramework.PropertyTypes.StringProperty;
    community: ComponentFramework.PropertyTypes.OptionSetProperty;
    followerCount: ComponentFramework.PropertyTypes.WholeNumberProperty;
    followingCount: ComponentFramework.PropertyTypes.WholeNumberProperty;
    friendCount: ComponentFramework.PropertyTypes.WholeNumberProperty;
    influenceScore: ComponentFramework.PropertyTypes.FloatingNumberProperty;
    optOut: ComponentFramework.PropertyTypes.TwoOptionsProperty;
    phoneNumber: ComponentFramework.PropertyTypes.StringProperty;
    profileImageLink: ComponentFramework.PropertyTypes.StringProperty;
    profileLink: ComponentFramework.PropertyTypes.StringProperty;
    twitterHandle: ComponentFramework.PropertyTypes.LookupProperty;
    weChatOpenId: ComponentFramework.PropertyTypes.StringProperty;
    appleMessagesSourceId: ComponentFramework.PropertyTypes.StringProperty;
    blocked: ComponentFramework.PropertyTypes.TwoOptionsProperty;
    countsShown: ComponentFramework.PropertyTypes.EnumProperty<"all" | "followers" | "followersAndFollowing" | "none">;
    layout: ComponentFramework.PropertyTypes.EnumProperty<"full" | "compact">;
}
export interface IOutputs {
    profileName?: string;
    fullName?: string;
    community?: number;
    followerCount?: number;
    followingCount?: number;
    friendCount?: number;
    influenceScore?: number;
    optOut?: boolean;
    phoneNumber?: string;
    profileImageLink?: string;
    profileLink?: string;
    twitterHandle?: ComponentFramework.LookupValue[];
    weChatOpenId?: string;
    appleMessagesSourceId?: string;
    blocked?: boolean;
}
