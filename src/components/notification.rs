use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotificationProps {
    pub children: Html,
}

/// A warning about the app itself (storage, saving), announced when it appears.
#[function_component(Notification)]
pub fn notification(props: &NotificationProps) -> Html {
    html! {
        <div class="notification" role="alert">
            <p class="notification__text">{ props.children.clone() }</p>
        </div>
    }
}
